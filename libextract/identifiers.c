/*
 * identifiers.c - stage identifiers: SIRET, SIREN, ACTES ids, postal codes, phones, e-mails, IBAN, URLs.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_identifiers_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_identifiers_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_find_identifiers(ex_call *c)
{
    EX_UNUSED(c);
    return true;
}
