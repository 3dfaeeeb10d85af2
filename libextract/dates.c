/*
 * dates.c - stage dates: dates in digits and words (17 octobre 2022, 17/10/2022, L'an deux mil...).
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_dates_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_dates_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_find_dates(ex_call *c)
{
    EX_UNUSED(c);
    return true;
}

const ex_date *ex_date_at(const ex_call *c, size_t from, size_t limit)
{
    for (size_t i = 0; i < c->dates.n; i++) {
        const ex_date *d = &c->dates.v[i];
        if (d->span.start >= from && d->span.start < limit)
            return d;
        if (d->span.start >= limit)
            break;
    }
    return NULL;
}
