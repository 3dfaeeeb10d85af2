/*
 * amounts.c - stage amounts: money amounts (500 000 €, 18 450,00 € HT, un million d'euros).
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_amounts_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_amounts_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_find_amounts(ex_call *c)
{
    EX_UNUSED(c);
    return true;
}
