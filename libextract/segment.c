/*
 * segment.c - stage segment: split the text into acts and fill their structural fields.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_segment_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_segment_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_segment(ex_call *c)
{
    ex_document *d = ex_doc_new(c);
    if (!d)
        return false;
    d->type = EX_DOC_OTHER;
    d->span.start = 0;
    d->span.end = c->text.len;
    return true;
}
