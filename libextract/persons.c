/*
 * persons.c - stage persons: civility, given and family names, person lists.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_persons_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_persons_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_person_parse(ex_call *c, size_t a, size_t b, ex_person *out)
{
    EX_UNUSED(c); EX_UNUSED(a); EX_UNUSED(b); EX_UNUSED(out);
    return false;
}

bool ex_persons_list(ex_call *c, size_t a, size_t b, ex_person_vec *out)
{
    EX_UNUSED(c); EX_UNUSED(a); EX_UNUSED(b); EX_UNUSED(out);
    return true;
}
