/*
 * decode.c - stage 1: bytes -> view text.
 *
 * Detects the encoding (UTF-8 with or without BOM, UTF-16LE/BE with BOM
 * or by NUL pattern, otherwise Windows-1252), decodes to UTF-8, composes
 * to NFC (utf8proc: the only caller), and folds typographic variants that
 * carry no meaning: NBSP, U+202F, thin and other fixed-width spaces become
 * ' ', soft hyphens, zero-width spaces and stray BOMs vanish, ligatures
 * (U+FB00..U+FB06) become their letters, control characters other than
 * tab, LF, CR and FF become ' '.  Apostrophes and dashes are kept as
 * printed (text values must keep them); patterns match them as classes.
 *
 * It owns the offset map (ex_anchor, see internal.h): every spot where
 * the view stops being a byte copy of the input gets an anchor, so that
 * ex_src_off() maps any view offset back to the input byte offset.
 */
#include "internal.h"

#include <string.h>
#include <utf8proc.h>

typedef struct dec {
    ex_call *c;
    const unsigned char *in;
    size_t len;
    ex_encoding enc;
    ex_buf out;
    EX_VEC(ex_anchor) anchors;
    long long delta;     /* src - view for the current byte-copy run */
    size_t n_invalid, n_ctrl, n_bad_runs;
    bool failed;
    bool verify;         /* UTF-8 taken on trust: stop at the first invalid byte */
    bool recheck;        /* run() stopped there: count, decide, decode again */
} dec;

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0
};

/* Length of a valid UTF-8 sequence at p (max n bytes), or 0. */
static size_t utf8_seq(const unsigned char *p, size_t n, int32_t *cp)
{
    unsigned char b = p[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    size_t len;
    int32_t v, min;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2; v = b & 0x1F; min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3; v = b & 0x0F; min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4; v = b & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

static ex_encoding detect_utf8(const unsigned char *in, size_t len);

/* The encoding of the input: *verify when it is UTF-8 unless the text
   holds an invalid byte (no BOM, no UTF-16 pattern): run() decodes it as
   UTF-8 and stops at the first invalid byte, and only then
   detect_utf8() counts the valid and invalid sequences of the whole
   input (a pass that valid UTF-8, nearly every input, no longer pays) */
static ex_encoding detect(const unsigned char *in, size_t len, size_t *bom, bool *verify)
{
    *verify = false;
    *bom = 0;
    if (len >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) {
        *bom = 3;
        return EX_ENC_UTF8;
    }
    if (len >= 2 && in[0] == 0xFF && in[1] == 0xFE) {
        *bom = 2;
        return EX_ENC_UTF16LE;
    }
    if (len >= 2 && in[0] == 0xFE && in[1] == 0xFF) {
        *bom = 2;
        return EX_ENC_UTF16BE;
    }
    /* UTF-16 without BOM: text whose even (or odd) bytes are mostly NUL */
    size_t probe = len < 4096 ? len : 4096;
    probe &= ~(size_t)1;
    /* (text without a NUL byte has no UTF-16 pattern: memchr skips it) */
    if (probe >= 8 && memchr(in, 0, probe)) {
        size_t zeven = 0, zodd = 0;
        for (size_t i = 0; i < probe; i += 2) {
            zeven += in[i] == 0;
            zodd += in[i + 1] == 0;
        }
        size_t half = probe / 2;
        if (zodd * 10 >= half * 7 && zeven * 10 <= half)
            return EX_ENC_UTF16LE;
        if (zeven * 10 >= half * 7 && zodd * 10 <= half)
            return EX_ENC_UTF16BE;
    }
    *verify = true;
    return EX_ENC_UTF8;
}

/* UTF-8 unless invalid sequences outnumber valid multi-byte ones */
static ex_encoding detect_utf8(const unsigned char *in, size_t len)
{
    size_t valid = 0, invalid = 0;
    for (size_t i = 0; i < len;) {
        if (in[i] < 0x80) {
            /* ASCII runs eight bytes at a time (on to the first byte
               above 0x7F in the word that holds one) */
            i++;
#ifdef EX_SIMD
            /* sixteen at a time first: a byte above 0x7F sets its bit
               of the movemask */
            while (len - i >= 16) {
                unsigned m = (unsigned)_mm_movemask_epi8(
                    _mm_loadu_si128((const __m128i *)(const void *)(in + i)));
                if (m) {
                    i += (unsigned)__builtin_ctz(m);
                    break;
                }
                i += 16;
            }
            if (i < len && in[i] >= 0x80)
                continue;
#endif
            while (len - i >= 8) {
                uint64_t w;
                memcpy(&w, in + i, 8);
                if (w & UINT64_C(0x8080808080808080)) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                    i += (unsigned)__builtin_ctzll(w & UINT64_C(0x8080808080808080)) >> 3;
#endif
                    break;
                }
                i += 8;
            }
            continue;
        }
        /* the 2-byte sequences of Latin-1 letters, most of them */
        if (in[i] >= 0xC2 && in[i] <= 0xDF && len - i >= 2 && (in[i + 1] & 0xC0) == 0x80) {
            valid++;
            i += 2;
            continue;
        }
        int32_t cp;
        size_t n = utf8_seq(in + i, len - i, &cp);
        if (n) {
            valid++;
            i += n;
        } else {
            invalid++;
            i++;
        }
    }
    if (invalid && (valid == 0 || invalid > valid))
        return EX_ENC_CP1252;
    return EX_ENC_UTF8;
}

/* Next code point at *pos: its source length in *slen; *bad when the
   bytes were not valid in the encoding (cp is then U+FFFD). */
static int32_t next_cp(const dec *d, size_t pos, size_t *slen, bool *bad)
{
    const unsigned char *p = d->in + pos;
    size_t n = d->len - pos;
    *bad = false;
    switch (d->enc) {
    case EX_ENC_UTF8: {
        int32_t cp;
        size_t l = utf8_seq(p, n, &cp);
        if (l) {
            *slen = l;
            return cp;
        }
        *slen = 1;
        *bad = true;
        return 0xFFFD;
    }
    case EX_ENC_CP1252:
        *slen = 1;
        if (p[0] >= 0x80 && p[0] < 0xA0) {
            uint16_t v = cp1252_high[p[0] - 0x80];
            if (!v) {
                *bad = true;
                return 0xFFFD;
            }
            return v;
        }
        return p[0];
    case EX_ENC_UTF16LE:
    case EX_ENC_UTF16BE: {
        bool le = d->enc == EX_ENC_UTF16LE;
        if (n < 2) {
            *slen = n;
            *bad = true;
            return 0xFFFD;
        }
        uint32_t u = le ? (uint32_t)(p[0] | p[1] << 8) : (uint32_t)(p[0] << 8 | p[1]);
        *slen = 2;
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (n >= 4) {
                uint32_t l2 = le ? (uint32_t)(p[2] | p[3] << 8) : (uint32_t)(p[2] << 8 | p[3]);
                if (l2 >= 0xDC00 && l2 <= 0xDFFF) {
                    *slen = 4;
                    return (int32_t)(0x10000 + ((u - 0xD800) << 10) + (l2 - 0xDC00));
                }
            }
            *bad = true;
            return 0xFFFD;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
            *bad = true;
            return 0xFFFD;
        }
        return (int32_t)u;
    }
    }
    *slen = 1;
    return 0xFFFD;
}

static void anchor(dec *d, size_t view, size_t src)
{
    ex_anchor *last = d->anchors.n ? &d->anchors.v[d->anchors.n - 1] : NULL;
    if (last && last->view == view) {
        last->src = src;
    } else {
        ex_anchor *a = ex_vec_push(d->c->alloc, &d->anchors);
        if (!a) {
            d->failed = true;
            return;
        }
        a->view = view;
        a->src = src;
    }
    d->delta = (long long)src - (long long)view;
}

/* Emit view bytes for source range [s0, s1). */
static void emit(dec *d, size_t s0, size_t s1, const char *bytes, size_t n)
{
    size_t v0 = d->out.len;
    if ((long long)s0 - (long long)v0 != d->delta)
        anchor(d, v0, s0);
    if (n && !ex_buf_put(d->c->alloc, &d->out, bytes, n)) {
        d->failed = true;
        return;
    }
    size_t v1 = d->out.len;
    if ((long long)s1 - (long long)v1 != d->delta)
        anchor(d, v1, s1);
}

static size_t encode_cp(int32_t cp, char *o)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)o);
}

/* Folded replacement of a code point: writes the bytes to o and returns
   their length; returns SIZE_MAX when cp is kept as is. */
static size_t fold(dec *d, int32_t cp, char *o)
{
    switch (cp) {
    case 0x00A0: case 0x202F: case 0x2007: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x2009:
    case 0x200A: case 0x205F: case 0x3000:
        o[0] = ' ';
        return 1;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF:
        return 0;
    case 0xFB00: memcpy(o, "ff", 2); return 2;
    case 0xFB01: memcpy(o, "fi", 2); return 2;
    case 0xFB02: memcpy(o, "fl", 2); return 2;
    case 0xFB03: memcpy(o, "ffi", 3); return 3;
    case 0xFB04: memcpy(o, "ffl", 3); return 3;
    case 0xFB05: case 0xFB06: memcpy(o, "st", 2); return 2;
    case 0x2028: case 0x2029: case 0x0085:
        o[0] = '\n';
        return 1;
    default:
        break;
    }
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f')
        || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
        d->n_ctrl++;
        o[0] = ' ';
        return 1;
    }
    return SIZE_MAX;
}

static bool is_combining(int32_t cp)
{
    if (cp < 0x300)
        return false;
    return utf8proc_get_property(cp)->combining_class != 0;
}

#define EX_MAX_DECODE_DIAGS 100

/* One diagnostic per run of invalid bytes, at most EX_MAX_DECODE_DIAGS
   (then one summary), so 2 MB of junk does not give 2 MB of warnings. */
static void flush_bad(dec *d, size_t *bad_start, size_t bad_view)
{
    if (*bad_start == SIZE_MAX)
        return;
    d->n_bad_runs++;
    if (d->n_bad_runs <= EX_MAX_DECODE_DIAGS)
        ex_diag_add(d->c, "warning", "decode.invalid_bytes",
                    d->enc == EX_ENC_UTF8
                        ? "invalid UTF-8 bytes replaced by U+FFFD"
                        : "bytes invalid in the detected encoding replaced by U+FFFD",
                    bad_view, d->out.len, true);
    *bad_start = SIZE_MAX;
}

/* bytes copied as they are by the fast path: printable ASCII, tab, LF,
   CR, FF */
static const bool plain_ascii[256] = {
    ['\t'] = true, ['\n'] = true, ['\f'] = true, ['\r'] = true,
    [0x20 ... 0x7E] = true,
};

/* the end of the run of plain_ascii bytes from e: eight bytes at a time
   while all eight are printable ASCII (0x20..0x7E: none below 0x20,
   none above 0x7E, tested on the whole word); in a word that holds
   anything else, the bytes flagged below 0x20 are looked up (a line
   break or a tab goes on) and the run ends at the first byte that is
   not plain (the lowest flag of each test is exact: borrows and
   carries only flag bytes above a true one) */
static inline size_t plain_run(const unsigned char *in, size_t e, size_t len)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
#ifdef EX_SIMD
    /* sixteen bytes at a time: printable ASCII is x - 0x20 below 0x5F
       unsigned, that is x + 0x60 below -128 + 0x5F signed; tab, LF, FF
       and CR are compared one by one; the run ends at the first byte
       that is neither */
    while (len - e >= 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + e));
        const __m128i pr = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x60)),
                                          _mm_set1_epi8((char)(-128 + 0x5F)));
        const __m128i ws = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\f')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(pr, ws)) ^ 0xFFFFu;
        if (m)
            return e + (unsigned)__builtin_ctz(m);
        e += 16;
    }
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (len - e >= 8) {
        uint64_t w;
        memcpy(&w, in + e, 8);
        uint64_t below = (w - ones * 0x20) & ~w & highs;   /* a byte < 0x20 */
        uint64_t stop = ((w + ones * (127 - 0x7E)) | w) & highs;  /* a byte > 0x7E */
        for (uint64_t m = below; m; m &= m - 1) {
            unsigned i = (unsigned)__builtin_ctzll(m) >> 3;
            if (!plain_ascii[in[e + i]]) {
                stop |= UINT64_C(0x80) << (8 * i);
                break;
            }
        }
        if (stop)
            return e + ((unsigned)__builtin_ctzll(stop) >> 3);
        e += 8;
    }
    while (e < len && plain_ascii[in[e]])
        e++;
#else
    while (e < len) {
        if (len - e >= 8) {
            uint64_t w;
            memcpy(&w, in + e, 8);
            uint64_t below = (w - ones * 0x20) & ~w & highs;   /* a byte < 0x20 */
            uint64_t above = ((w + ones * (127 - 0x7E)) | w) & highs;  /* a byte > 0x7E */
            if (!(below | above)) {
                e += 8;
                continue;
            }
        }
        size_t lim = len - e > 8 ? e + 8 : len;
        while (e < lim && plain_ascii[in[e]])
            e++;
        if (e < lim)
            break;
    }
#endif
    return e;
}

#ifdef EX_SIMD
/* UTF-8 input: the end of the run from e of plain_ascii bytes and of
   the 2-byte characters C3 80..C3 BF (Latin-1 letters, that fast_utf8()
   keeps too), sixteen bytes at a time with the bytes after them (x1):
   a C3 whose next byte is 80..BF and that next byte go on; the run
   ends where plain_run() and fast_utf8() would end it, or earlier
   (run() goes on with them from there) */
static inline size_t plain_run_utf8(const unsigned char *in, size_t e, size_t len)
{
    while (len - e >= 17) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + e));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(in + e + 1));
        const __m128i pr = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x60)),
                                          _mm_set1_epi8((char)(-128 + 0x5F)));
        const __m128i ws = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\f')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
        /* x1 in 80..BF: below -128 + 0x40 as a signed byte */
        const __m128i c1 = _mm_cmplt_epi8(x1, _mm_set1_epi8((char)(-128 + 0x40)));
        unsigned lead = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC3)), c1));
        unsigned ok = (unsigned)_mm_movemask_epi8(_mm_or_si128(pr, ws)) | lead | (lead << 1);
        unsigned m = ~ok & 0xFFFFu;
        if (m)
            return e + (unsigned)__builtin_ctz(m);
        /* a lead in the last byte: its pair starts the next block */
        e += 16 - (lead >> 15);
    }
    return plain_run(in, e, len);
}
#endif

/* Length of a UTF-8 character at p that decoding keeps as it is when
   no combining mark follows it (NFC-stable, not folded): Latin-1
   letters, œ Œ, « » ° §, the dashes, quotes and ellipsis of
   U+2013..U+2026, €; 0 for anything else (the slow path decides). */
static size_t fast_utf8(const unsigned char *p, size_t n)
{
    if (p[0] == 0xC3 && n > 1 && p[1] >= 0x80 && p[1] <= 0xBF)
        return 2;
    if (p[0] == 0xC5 && n > 1 && (p[1] == 0x92 || p[1] == 0x93))
        return 2;
    if (p[0] == 0xC2 && n > 1 && (p[1] == 0xAB || p[1] == 0xBB || p[1] == 0xB0 || p[1] == 0xA7))
        return 2;
    if (p[0] == 0xE2 && n > 2 && p[1] == 0x80
        && (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C
            || p[2] == 0x9D || p[2] == 0xA6))
        return 3;
    if (p[0] == 0xE2 && n > 2 && p[1] == 0x82 && p[2] == 0xAC)
        return 3;
    return 0;
}

/* Decode, compose and fold the whole input from 'pos'. */
static void run(dec *d, size_t pos)
{
    const unsigned char *in = d->in;
    size_t bad_start = SIZE_MAX, bad_view = 0;
    while (pos < d->len && !d->failed) {
        /* fast path: printable ASCII runs are copied as they are
           (UTF-8 and Windows-1252 only) */
        if (d->enc == EX_ENC_UTF8 || d->enc == EX_ENC_CP1252) {
            size_t e = pos;
            bool utf8 = d->enc == EX_ENC_UTF8;
            for (;;) {
#ifdef EX_SIMD
                e = utf8 ? plain_run_utf8(in, e, d->len) : plain_run(in, e, d->len);
#else
                e = plain_run(in, e, d->len);
#endif
                size_t k = utf8 && e < d->len ? fast_utf8(in + e, d->len - e) : 0;
                if (!k)
                    break;
                e += k;
            }
            if (e > pos) {
                flush_bad(d, &bad_start, bad_view);
                /* leave the last character for the slow path if a
                   combining mark might follow it */
                if (e < d->len && in[e] >= 0x80) {
                    size_t lc = e - 1;      /* the start of the run's last character */
                    while (lc > pos && (in[lc] & 0xC0) == 0x80)
                        lc--;
                    if (lc == pos)
                        goto slow;
                    e = lc;
                }
                emit(d, pos, e, (const char *)in + pos, e - pos);
                pos = e;
                continue;
            }
        }
    slow:;
        size_t slen;
        bool bad;
        int32_t cp = next_cp(d, pos, &slen, &bad);
        if (bad) {
            if (d->verify) {
                d->recheck = true;   /* nothing written for this byte yet */
                return;
            }
            if (bad_start == SIZE_MAX) {
                bad_start = pos;
                bad_view = d->out.len;
            }
            d->n_invalid++;
        } else {
            flush_bad(d, &bad_start, bad_view);
        }
        /* collect a cluster: this code point and the combining marks
           after it */
        size_t end = pos + slen;
        size_t nlook = 0;
        int32_t buf[64];
        buf[0] = cp;
        size_t ncp = 1;
        while (end < d->len && ncp < 16) {
            size_t l2;
            bool b2;
            int32_t cp2 = next_cp(d, end, &l2, &b2);
            if (b2 || !is_combining(cp2))
                break;
            buf[ncp++] = cp2;
            end += l2;
            nlook++;
        }
        char o[128];
        size_t on;
        if (ncp == 1 && (on = fold(d, cp, o)) != SIZE_MAX) {
            emit(d, pos, end, o, on);
        } else if (ncp == 1 && cp < 0x300) {
            on = encode_cp(cp, o);
            emit(d, pos, end, o, on);
        } else {
            /* NFC of the cluster */
            int32_t dbuf[64];
            utf8proc_ssize_t dn = 0;
            for (size_t i = 0; i < ncp; i++) {
                int last = 0;
                utf8proc_ssize_t r = utf8proc_decompose_char(
                    buf[i], dbuf + dn, (utf8proc_ssize_t)(64 - dn),
                    UTF8PROC_DECOMPOSE | UTF8PROC_STABLE, &last);
                if (r < 0 || r > 64 - dn) {
                    dn = -1;
                    break;
                }
                dn += r;
            }
            on = 0;
            if (dn > 0) {
                utf8proc_ssize_t cn = utf8proc_normalize_utf32(
                    dbuf, dn, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
                for (utf8proc_ssize_t i = 0; i < cn && on + 4 <= sizeof o; i++)
                    on += encode_cp(dbuf[i], o + on);
            } else {
                for (size_t i = 0; i < ncp && on + 4 <= sizeof o; i++)
                    on += encode_cp(buf[i], o + on);
            }
            emit(d, pos, end, o, on);
        }
        pos = end;
    }
    flush_bad(d, &bad_start, bad_view);
    if (d->n_bad_runs > EX_MAX_DECODE_DIAGS)
        ex_diag_add(d->c, "warning", "decode.invalid_bytes_more",
                    "more runs of invalid bytes replaced by U+FFFD (not listed)",
                    0, 0, false);
}

bool ex_decode(ex_call *c, const unsigned char *data, size_t len)
{
    dec d;
    memset(&d, 0, sizeof d);
    d.c = c;
    d.in = data;
    d.len = len;
    size_t bom;
    d.enc = detect(data, len, &bom, &d.verify);
    d.delta = 0;
    anchor(&d, 0, bom);
    /* the view is about the size of the input (UTF-8 copied as is):
       one allocation instead of a dozen doublings and their copies */
    size_t guess = len < SIZE_MAX / 2 ? len + len / 16 + 64 : 64;
    d.out.s = ex_malloc(c->alloc, guess);
    if (d.out.s) {
        d.out.cap = guess;
        d.out.s[0] = '\0';
    } else {
        d.failed = true;
    }
    if (!d.failed)
        run(&d, bom);
    if (!d.failed && d.recheck) {
        /* an invalid byte: decide on the counts of the whole input and
           decode it again from the start (run() made no diagnostic yet;
           the view, the anchors and the counts are reset) */
        d.enc = detect_utf8(data, len);
        d.verify = false;
        d.out.len = 0;
        d.out.s[0] = '\0';
        d.anchors.n = 0;
        d.delta = 0;
        d.n_invalid = d.n_ctrl = d.n_bad_runs = 0;
        anchor(&d, 0, bom);
        if (!d.failed)
            run(&d, bom);
    }
    if (!d.failed && d.enc == EX_ENC_CP1252)
        ex_diag_add(c, "info", "decode.windows_1252",
                    "input is not valid UTF-8: read as Windows-1252", 0, 0, false);
    if (!d.failed && d.n_ctrl) {
        ex_diag_add(c, "warning", "decode.control_chars",
                    "NUL or other control characters read as spaces", 0, 0, false);
    }
    /* final anchor: the end of the view maps to the end of the input */
    if (!d.failed)
        anchor(&d, d.out.len, len);
    if (d.failed || c->oom) {
        ex_buf_free(c->alloc, &d.out);
        ex_vec_free(c->alloc, &d.anchors);
        c->oom = true;
        return false;
    }
    /* zero the buffer's slack: PCRE2's JIT reads whole words past the
       subject's end (harmless, but memcheck reports uninitialised bytes) */
    if (d.out.cap > d.out.len + 1)
        memset(d.out.s + d.out.len + 1, 0, d.out.cap - d.out.len - 1);
    c->text.s = d.out.s;
    c->text.len = d.out.len;
    c->text.anchors = d.anchors.v;
    c->text.nanchors = d.anchors.n;
    c->text.src_len = len;
    c->text.encoding = d.enc;
    return true;
}

/* the last anchor at or before view offset p, searched in [lo, hi) */
static size_t anchor_at(const ex_text *t, size_t lo, size_t hi, size_t p)
{
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->anchors[mid].view <= p)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* view offset p mapped through anchor lo */
static size_t src_through(const ex_text *t, size_t lo, size_t p)
{
    const ex_anchor *a = &t->anchors[lo];
    size_t s = a->src + (p >= a->view ? p - a->view : 0);
    if (lo + 1 < t->nanchors && s > t->anchors[lo + 1].src)
        s = t->anchors[lo + 1].src;
    if (s > t->src_len)
        s = t->src_len;
    return s;
}

size_t ex_src_off(const ex_text *t, size_t p)
{
    if (!t->nanchors)
        return p;
    return src_through(t, anchor_at(t, 0, t->nanchors, p), p);
}

/* ex_src_off() of both ends of a span: the end's anchor is looked for
   from the start's (most spans lie within one anchor or the next) */
void ex_src_span(const ex_text *t, size_t p0, size_t p1, size_t *s0, size_t *s1)
{
    size_t n = t->nanchors;
    if (!n) {
        *s0 = p0;
        *s1 = p1;
        return;
    }
    size_t lo = anchor_at(t, 0, n, p0);
    *s0 = src_through(t, lo, p0);
    if (p1 < p0) {
        *s1 = ex_src_off(t, p1);
        return;
    }
    size_t k = lo;
    if (k + 1 < n && t->anchors[k + 1].view <= p1) {
        k++;
        if (k + 1 < n && t->anchors[k + 1].view <= p1)
            k = anchor_at(t, k, n, p1);
    }
    *s1 = src_through(t, k, p1);
}
