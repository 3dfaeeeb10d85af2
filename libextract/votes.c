/*
 * votes.c - stage votes: vote tallies and results.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_votes_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_votes_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_votes_fill(ex_call *c, ex_document *d)
{
    EX_UNUSED(c); EX_UNUSED(d);
    return true;
}
