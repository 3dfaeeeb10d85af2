/*
 * references.c - stage references: cited legal acts and code articles.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_references_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_references_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_find_references(ex_call *c)
{
    EX_UNUSED(c);
    return true;
}
