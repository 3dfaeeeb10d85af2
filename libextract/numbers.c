/*
 * numbers.c - stage numbers: French numbers in digits and in words (shared layer).
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_numbers_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_numbers_free(extract_engine *e)
{
    EX_UNUSED(e);
}

long long ex_number_words(const char *s, size_t n, size_t *used)
{
    EX_UNUSED(s); EX_UNUSED(n);
    if (used) *used = 0;
    return -1;
}
