/*
 * attendance.c - stage attendance: present, excused, absent, proxies, counts.
 * (stub: to be implemented)
 */
#include "internal.h"

bool ex_attendance_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_attendance_free(extract_engine *e)
{
    EX_UNUSED(e);
}

bool ex_attendance_fill(ex_call *c, ex_document *d)
{
    EX_UNUSED(c); EX_UNUSED(d);
    return true;
}
