//===- SourceDecoding.cpp - Python source bytes to tokenizer text ---------===//
//
// Follows CPython 3.11's decode_str (Parser/tokenizer.c), which reads source
// given as bytes: newline translation first, then the BOM and the coding
// declaration, then decoding. Only a declared codec other than UTF-8 decodes
// the whole input up front; otherwise CPython decodes UTF-8 token by token,
// which is why its messages and positions differ between the two cases.
//
//===----------------------------------------------------------------------===//

#include "support/SourceDecoding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <optional>
#include <utility>

using namespace llvm;
using namespace schemac;

namespace {

//===----------------------------------------------------------------------===//
// Python's codec registry
//===----------------------------------------------------------------------===//

/// How a codec decodes, which also decides how CPython words its errors.
enum class Family {
  Utf8,
  Ascii,
  Charmap, // One character per byte, from a table.
  Multibyte,
  Utf16Le,
  Utf16Be,
  Utf32Le,
  Utf32Be,
  Unsupported, // Python has it, glibc has no converter that matches it.
  NotText,     // Python has it, but it does not decode bytes into text.
  Undefined,   // Python's "undefined" codec, which always fails.
};

struct Codec {
  /// Lib/encodings/<Module>.py, what Python's lookup imports.
  const char *Module;
  /// codecs.lookup(...).name.
  const char *Name;
  Family Fam;
  /// The glibc converter. Its tables can differ from Python's in a few
  /// characters (big5, cp950, gb18030, the JIS X 0213 codecs and EBCDIC ones
  /// most) and in what else they accept: glibc reads stray bytes 0x80-0xA0 as
  /// C1 controls in EUC-JP, EUC-KR and Big5, where Python fails.
  const char *IconvName;
};

/// The modules of Lib/encodings that a lookup can find on Linux.
constexpr Codec Codecs[] = {
    {"ascii", "ascii", Family::Ascii, "ASCII"},
    {"base64_codec", "base64", Family::NotText, nullptr},
    {"big5", "big5", Family::Multibyte, "BIG5"},
    {"big5hkscs", "big5hkscs", Family::Multibyte, "BIG5-HKSCS"},
    {"bz2_codec", "bz2", Family::NotText, nullptr},
    {"charmap", "charmap", Family::Charmap, "ISO-8859-1"},
    {"cp037", "cp037", Family::Charmap, "IBM037"},
    {"cp1006", "cp1006", Family::Unsupported, nullptr},
    {"cp1026", "cp1026", Family::Charmap, "IBM1026"},
    {"cp1125", "cp1125", Family::Charmap, "CP1125"},
    {"cp1140", "cp1140", Family::Charmap, "IBM1140"},
    {"cp1250", "cp1250", Family::Charmap, "CP1250"},
    {"cp1251", "cp1251", Family::Charmap, "CP1251"},
    {"cp1252", "cp1252", Family::Charmap, "CP1252"},
    {"cp1253", "cp1253", Family::Charmap, "CP1253"},
    {"cp1254", "cp1254", Family::Charmap, "CP1254"},
    {"cp1255", "cp1255", Family::Charmap, "CP1255"},
    {"cp1256", "cp1256", Family::Charmap, "CP1256"},
    {"cp1257", "cp1257", Family::Charmap, "CP1257"},
    {"cp1258", "cp1258", Family::Charmap, "CP1258"},
    {"cp273", "cp273", Family::Charmap, "IBM273"},
    {"cp424", "cp424", Family::Charmap, "IBM424"},
    {"cp437", "cp437", Family::Charmap, "IBM437"},
    {"cp500", "cp500", Family::Charmap, "IBM500"},
    {"cp720", "cp720", Family::Unsupported, nullptr},
    {"cp737", "cp737", Family::Charmap, "CP737"},
    {"cp775", "cp775", Family::Charmap, "IBM775"},
    {"cp850", "cp850", Family::Charmap, "IBM850"},
    {"cp852", "cp852", Family::Charmap, "IBM852"},
    {"cp855", "cp855", Family::Charmap, "IBM855"},
    {"cp856", "cp856", Family::Charmap, "IBM856"},
    {"cp857", "cp857", Family::Charmap, "IBM857"},
    {"cp858", "cp858", Family::Charmap, "IBM858"},
    {"cp860", "cp860", Family::Charmap, "IBM860"},
    {"cp861", "cp861", Family::Charmap, "IBM861"},
    {"cp862", "cp862", Family::Charmap, "IBM862"},
    {"cp863", "cp863", Family::Charmap, "IBM863"},
    {"cp864", "cp864", Family::Charmap, "IBM864"},
    {"cp865", "cp865", Family::Charmap, "IBM865"},
    {"cp866", "cp866", Family::Charmap, "IBM866"},
    {"cp869", "cp869", Family::Charmap, "IBM869"},
    {"cp874", "cp874", Family::Charmap, "CP874"},
    {"cp875", "cp875", Family::Charmap, "IBM875"},
    {"cp932", "cp932", Family::Multibyte, "CP932"},
    {"cp949", "cp949", Family::Multibyte, "CP949"},
    {"cp950", "cp950", Family::Multibyte, "CP950"},
    {"euc_jis_2004", "euc_jis_2004", Family::Multibyte, "EUC-JISX0213"},
    {"euc_jisx0213", "euc_jisx0213", Family::Multibyte, "EUC-JISX0213"},
    {"euc_jp", "euc_jp", Family::Multibyte, "EUC-JP"},
    {"euc_kr", "euc_kr", Family::Multibyte, "EUC-KR"},
    {"gb18030", "gb18030", Family::Multibyte, "GB18030"},
    {"gb2312", "gb2312", Family::Multibyte, "EUC-CN"},
    {"gbk", "gbk", Family::Multibyte, "GBK"},
    {"hex_codec", "hex", Family::NotText, nullptr},
    {"hp_roman8", "hp-roman8", Family::Charmap, "HP-ROMAN8"},
    {"hz", "hz", Family::Unsupported, nullptr},
    {"idna", "idna", Family::Unsupported, nullptr},
    {"iso2022_jp", "iso2022_jp", Family::Multibyte, "ISO-2022-JP"},
    {"iso2022_jp_1", "iso2022_jp_1", Family::Multibyte, "ISO-2022-JP-2"},
    {"iso2022_jp_2", "iso2022_jp_2", Family::Multibyte, "ISO-2022-JP-2"},
    {"iso2022_jp_2004", "iso2022_jp_2004", Family::Multibyte, "ISO-2022-JP-3"},
    {"iso2022_jp_3", "iso2022_jp_3", Family::Multibyte, "ISO-2022-JP-3"},
    {"iso2022_jp_ext", "iso2022_jp_ext", Family::Multibyte, "ISO-2022-JP-2"},
    {"iso2022_kr", "iso2022_kr", Family::Multibyte, "ISO-2022-KR"},
    {"iso8859_1", "iso8859-1", Family::Charmap, "ISO-8859-1"},
    {"iso8859_10", "iso8859-10", Family::Charmap, "ISO-8859-10"},
    {"iso8859_11", "iso8859-11", Family::Charmap, "ISO-8859-11"},
    {"iso8859_13", "iso8859-13", Family::Charmap, "ISO-8859-13"},
    {"iso8859_14", "iso8859-14", Family::Charmap, "ISO-8859-14"},
    {"iso8859_15", "iso8859-15", Family::Charmap, "ISO-8859-15"},
    {"iso8859_16", "iso8859-16", Family::Charmap, "ISO-8859-16"},
    {"iso8859_2", "iso8859-2", Family::Charmap, "ISO-8859-2"},
    {"iso8859_3", "iso8859-3", Family::Charmap, "ISO-8859-3"},
    {"iso8859_4", "iso8859-4", Family::Charmap, "ISO-8859-4"},
    {"iso8859_5", "iso8859-5", Family::Charmap, "ISO-8859-5"},
    {"iso8859_6", "iso8859-6", Family::Charmap, "ISO-8859-6"},
    {"iso8859_7", "iso8859-7", Family::Charmap, "ISO-8859-7"},
    {"iso8859_8", "iso8859-8", Family::Charmap, "ISO-8859-8"},
    {"iso8859_9", "iso8859-9", Family::Charmap, "ISO-8859-9"},
    {"johab", "johab", Family::Multibyte, "JOHAB"},
    {"koi8_r", "koi8-r", Family::Charmap, "KOI8-R"},
    {"koi8_t", "koi8-t", Family::Charmap, "KOI8-T"},
    {"koi8_u", "koi8-u", Family::Charmap, "KOI8-U"},
    {"kz1048", "kz1048", Family::Charmap, "RK1048"},
    {"latin_1", "iso8859-1", Family::Charmap, "ISO-8859-1"},
    {"mac_arabic", "mac-arabic", Family::Unsupported, nullptr},
    {"mac_croatian", "mac-croatian", Family::Unsupported, nullptr},
    {"mac_cyrillic", "mac-cyrillic", Family::Charmap, "MAC-CYRILLIC"},
    {"mac_farsi", "mac-farsi", Family::Unsupported, nullptr},
    {"mac_greek", "mac-greek", Family::Unsupported, nullptr},
    {"mac_iceland", "mac-iceland", Family::Unsupported, nullptr},
    {"mac_latin2", "mac-latin2", Family::Charmap, "MAC-CENTRALEUROPE"},
    {"mac_roman", "mac-roman", Family::Charmap, "MACINTOSH"},
    {"mac_romanian", "mac-romanian", Family::Unsupported, nullptr},
    {"mac_turkish", "mac-turkish", Family::Unsupported, nullptr},
    {"palmos", "palmos", Family::Unsupported, nullptr},
    {"ptcp154", "ptcp154", Family::Charmap, "PT154"},
    {"punycode", "punycode", Family::Unsupported, nullptr},
    {"quopri_codec", "quopri", Family::NotText, nullptr},
    {"raw_unicode_escape", "raw-unicode-escape", Family::Unsupported, nullptr},
    {"rot_13", "rot-13", Family::NotText, nullptr},
    {"shift_jis", "shift_jis", Family::Multibyte, "SHIFT_JIS"},
    {"shift_jis_2004", "shift_jis_2004", Family::Multibyte, "SHIFT_JISX0213"},
    {"shift_jisx0213", "shift_jisx0213", Family::Multibyte, "SHIFT_JISX0213"},
    {"tis_620", "tis-620", Family::Charmap, "ISO-8859-11"},
    {"undefined", "undefined", Family::Undefined, nullptr},
    {"unicode_escape", "unicode-escape", Family::Unsupported, nullptr},
    {"utf_16", "utf-16", Family::Utf16Le, "UTF-16LE"},
    {"utf_16_be", "utf-16-be", Family::Utf16Be, "UTF-16BE"},
    {"utf_16_le", "utf-16-le", Family::Utf16Le, "UTF-16LE"},
    {"utf_32", "utf-32", Family::Utf32Le, "UTF-32LE"},
    {"utf_32_be", "utf-32-be", Family::Utf32Be, "UTF-32BE"},
    {"utf_32_le", "utf-32-le", Family::Utf32Le, "UTF-32LE"},
    {"utf_7", "utf-7", Family::Unsupported, nullptr},
    {"utf_8", "utf-8", Family::Utf8, nullptr},
    {"utf_8_sig", "utf-8-sig", Family::Utf8, nullptr},
    {"uu_codec", "uu", Family::NotText, nullptr},
    {"zlib_codec", "zlib", Family::NotText, nullptr},
};

struct Alias {
  const char *Key;
  const char *Module;
};

/// Lib/encodings/aliases.py, less the entries Python's lookup cannot reach
/// (keys with capitals, and the Windows-only codecs).
constexpr Alias Aliases[] = {{"037", "cp037"},
                             {"1026", "cp1026"},
                             {"1125", "cp1125"},
                             {"1140", "cp1140"},
                             {"1250", "cp1250"},
                             {"1251", "cp1251"},
                             {"1252", "cp1252"},
                             {"1253", "cp1253"},
                             {"1254", "cp1254"},
                             {"1255", "cp1255"},
                             {"1256", "cp1256"},
                             {"1257", "cp1257"},
                             {"1258", "cp1258"},
                             {"273", "cp273"},
                             {"424", "cp424"},
                             {"437", "cp437"},
                             {"500", "cp500"},
                             {"646", "ascii"},
                             {"775", "cp775"},
                             {"850", "cp850"},
                             {"852", "cp852"},
                             {"855", "cp855"},
                             {"857", "cp857"},
                             {"858", "cp858"},
                             {"860", "cp860"},
                             {"861", "cp861"},
                             {"862", "cp862"},
                             {"863", "cp863"},
                             {"864", "cp864"},
                             {"865", "cp865"},
                             {"866", "cp866"},
                             {"869", "cp869"},
                             {"8859", "latin_1"},
                             {"932", "cp932"},
                             {"936", "gbk"},
                             {"949", "cp949"},
                             {"950", "cp950"},
                             {"ansi_x3.4_1968", "ascii"},
                             {"ansi_x3.4_1986", "ascii"},
                             {"ansi_x3_4_1968", "ascii"},
                             {"arabic", "iso8859_6"},
                             {"asmo_708", "iso8859_6"},
                             {"base64", "base64_codec"},
                             {"base_64", "base64_codec"},
                             {"big5_hkscs", "big5hkscs"},
                             {"big5_tw", "big5"},
                             {"bz2", "bz2_codec"},
                             {"chinese", "gb2312"},
                             {"cp1051", "hp_roman8"},
                             {"cp1361", "johab"},
                             {"cp154", "ptcp154"},
                             {"cp367", "ascii"},
                             {"cp65001", "utf_8"},
                             {"cp819", "latin_1"},
                             {"cp866u", "cp1125"},
                             {"cp936", "gbk"},
                             {"cp_gr", "cp869"},
                             {"cp_is", "cp861"},
                             {"csascii", "ascii"},
                             {"csbig5", "big5"},
                             {"csibm037", "cp037"},
                             {"csibm1026", "cp1026"},
                             {"csibm273", "cp273"},
                             {"csibm424", "cp424"},
                             {"csibm500", "cp500"},
                             {"csibm855", "cp855"},
                             {"csibm857", "cp857"},
                             {"csibm858", "cp858"},
                             {"csibm860", "cp860"},
                             {"csibm861", "cp861"},
                             {"csibm863", "cp863"},
                             {"csibm864", "cp864"},
                             {"csibm865", "cp865"},
                             {"csibm866", "cp866"},
                             {"csibm869", "cp869"},
                             {"csiso2022jp", "iso2022_jp"},
                             {"csiso2022kr", "iso2022_kr"},
                             {"csiso58gb231280", "gb2312"},
                             {"csisolatin1", "latin_1"},
                             {"csisolatin2", "iso8859_2"},
                             {"csisolatin3", "iso8859_3"},
                             {"csisolatin4", "iso8859_4"},
                             {"csisolatin5", "iso8859_9"},
                             {"csisolatin6", "iso8859_10"},
                             {"csisolatinarabic", "iso8859_6"},
                             {"csisolatincyrillic", "iso8859_5"},
                             {"csisolatingreek", "iso8859_7"},
                             {"csisolatinhebrew", "iso8859_8"},
                             {"cskoi8r", "koi8_r"},
                             {"cspc775baltic", "cp775"},
                             {"cspc850multilingual", "cp850"},
                             {"cspc862latinhebrew", "cp862"},
                             {"cspc8codepage437", "cp437"},
                             {"cspcp852", "cp852"},
                             {"csptcp154", "ptcp154"},
                             {"csshiftjis", "shift_jis"},
                             {"cyrillic", "iso8859_5"},
                             {"cyrillic_asian", "ptcp154"},
                             {"ebcdic_cp_be", "cp500"},
                             {"ebcdic_cp_ca", "cp037"},
                             {"ebcdic_cp_ch", "cp500"},
                             {"ebcdic_cp_he", "cp424"},
                             {"ebcdic_cp_nl", "cp037"},
                             {"ebcdic_cp_us", "cp037"},
                             {"ebcdic_cp_wt", "cp037"},
                             {"ecma_114", "iso8859_6"},
                             {"ecma_118", "iso8859_7"},
                             {"elot_928", "iso8859_7"},
                             {"euc_cn", "gb2312"},
                             {"euc_jis2004", "euc_jis_2004"},
                             {"euccn", "gb2312"},
                             {"eucgb2312_cn", "gb2312"},
                             {"eucjis2004", "euc_jis_2004"},
                             {"eucjisx0213", "euc_jisx0213"},
                             {"eucjp", "euc_jp"},
                             {"euckr", "euc_kr"},
                             {"gb18030_2000", "gb18030"},
                             {"gb2312_1980", "gb2312"},
                             {"gb2312_80", "gb2312"},
                             {"greek", "iso8859_7"},
                             {"greek8", "iso8859_7"},
                             {"hebrew", "iso8859_8"},
                             {"hex", "hex_codec"},
                             {"hkscs", "big5hkscs"},
                             {"hz_gb", "hz"},
                             {"hz_gb_2312", "hz"},
                             {"hzgb", "hz"},
                             {"ibm037", "cp037"},
                             {"ibm039", "cp037"},
                             {"ibm1026", "cp1026"},
                             {"ibm1051", "hp_roman8"},
                             {"ibm1125", "cp1125"},
                             {"ibm1140", "cp1140"},
                             {"ibm273", "cp273"},
                             {"ibm367", "ascii"},
                             {"ibm424", "cp424"},
                             {"ibm437", "cp437"},
                             {"ibm500", "cp500"},
                             {"ibm775", "cp775"},
                             {"ibm819", "latin_1"},
                             {"ibm850", "cp850"},
                             {"ibm852", "cp852"},
                             {"ibm855", "cp855"},
                             {"ibm857", "cp857"},
                             {"ibm858", "cp858"},
                             {"ibm860", "cp860"},
                             {"ibm861", "cp861"},
                             {"ibm862", "cp862"},
                             {"ibm863", "cp863"},
                             {"ibm864", "cp864"},
                             {"ibm865", "cp865"},
                             {"ibm866", "cp866"},
                             {"ibm869", "cp869"},
                             {"iso2022jp", "iso2022_jp"},
                             {"iso2022jp_1", "iso2022_jp_1"},
                             {"iso2022jp_2", "iso2022_jp_2"},
                             {"iso2022jp_2004", "iso2022_jp_2004"},
                             {"iso2022jp_3", "iso2022_jp_3"},
                             {"iso2022jp_ext", "iso2022_jp_ext"},
                             {"iso2022kr", "iso2022_kr"},
                             {"iso646_us", "ascii"},
                             {"iso8859", "latin_1"},
                             {"iso8859_1", "latin_1"},
                             {"iso_2022_jp", "iso2022_jp"},
                             {"iso_2022_jp_1", "iso2022_jp_1"},
                             {"iso_2022_jp_2", "iso2022_jp_2"},
                             {"iso_2022_jp_2004", "iso2022_jp_2004"},
                             {"iso_2022_jp_3", "iso2022_jp_3"},
                             {"iso_2022_jp_ext", "iso2022_jp_ext"},
                             {"iso_2022_kr", "iso2022_kr"},
                             {"iso_646.irv_1991", "ascii"},
                             {"iso_8859_1", "latin_1"},
                             {"iso_8859_10", "iso8859_10"},
                             {"iso_8859_10_1992", "iso8859_10"},
                             {"iso_8859_11", "iso8859_11"},
                             {"iso_8859_11_2001", "iso8859_11"},
                             {"iso_8859_13", "iso8859_13"},
                             {"iso_8859_14", "iso8859_14"},
                             {"iso_8859_14_1998", "iso8859_14"},
                             {"iso_8859_15", "iso8859_15"},
                             {"iso_8859_16", "iso8859_16"},
                             {"iso_8859_16_2001", "iso8859_16"},
                             {"iso_8859_1_1987", "latin_1"},
                             {"iso_8859_2", "iso8859_2"},
                             {"iso_8859_2_1987", "iso8859_2"},
                             {"iso_8859_3", "iso8859_3"},
                             {"iso_8859_3_1988", "iso8859_3"},
                             {"iso_8859_4", "iso8859_4"},
                             {"iso_8859_4_1988", "iso8859_4"},
                             {"iso_8859_5", "iso8859_5"},
                             {"iso_8859_5_1988", "iso8859_5"},
                             {"iso_8859_6", "iso8859_6"},
                             {"iso_8859_6_1987", "iso8859_6"},
                             {"iso_8859_7", "iso8859_7"},
                             {"iso_8859_7_1987", "iso8859_7"},
                             {"iso_8859_8", "iso8859_8"},
                             {"iso_8859_8_1988", "iso8859_8"},
                             {"iso_8859_9", "iso8859_9"},
                             {"iso_8859_9_1989", "iso8859_9"},
                             {"iso_celtic", "iso8859_14"},
                             {"iso_ir_100", "latin_1"},
                             {"iso_ir_101", "iso8859_2"},
                             {"iso_ir_109", "iso8859_3"},
                             {"iso_ir_110", "iso8859_4"},
                             {"iso_ir_126", "iso8859_7"},
                             {"iso_ir_127", "iso8859_6"},
                             {"iso_ir_138", "iso8859_8"},
                             {"iso_ir_144", "iso8859_5"},
                             {"iso_ir_148", "iso8859_9"},
                             {"iso_ir_157", "iso8859_10"},
                             {"iso_ir_166", "tis_620"},
                             {"iso_ir_199", "iso8859_14"},
                             {"iso_ir_226", "iso8859_16"},
                             {"iso_ir_58", "gb2312"},
                             {"iso_ir_6", "ascii"},
                             {"jisx0213", "euc_jis_2004"},
                             {"korean", "euc_kr"},
                             {"ks_c_5601", "euc_kr"},
                             {"ks_c_5601_1987", "euc_kr"},
                             {"ks_x_1001", "euc_kr"},
                             {"ksc5601", "euc_kr"},
                             {"ksx1001", "euc_kr"},
                             {"kz_1048", "kz1048"},
                             {"l1", "latin_1"},
                             {"l10", "iso8859_16"},
                             {"l2", "iso8859_2"},
                             {"l3", "iso8859_3"},
                             {"l4", "iso8859_4"},
                             {"l5", "iso8859_9"},
                             {"l6", "iso8859_10"},
                             {"l7", "iso8859_13"},
                             {"l8", "iso8859_14"},
                             {"l9", "iso8859_15"},
                             {"latin", "latin_1"},
                             {"latin1", "latin_1"},
                             {"latin10", "iso8859_16"},
                             {"latin2", "iso8859_2"},
                             {"latin3", "iso8859_3"},
                             {"latin4", "iso8859_4"},
                             {"latin5", "iso8859_9"},
                             {"latin6", "iso8859_10"},
                             {"latin7", "iso8859_13"},
                             {"latin8", "iso8859_14"},
                             {"latin9", "iso8859_15"},
                             {"mac_centeuro", "mac_latin2"},
                             {"maccentraleurope", "mac_latin2"},
                             {"maccyrillic", "mac_cyrillic"},
                             {"macgreek", "mac_greek"},
                             {"maciceland", "mac_iceland"},
                             {"macintosh", "mac_roman"},
                             {"maclatin2", "mac_latin2"},
                             {"macroman", "mac_roman"},
                             {"macturkish", "mac_turkish"},
                             {"ms1361", "johab"},
                             {"ms932", "cp932"},
                             {"ms936", "gbk"},
                             {"ms949", "cp949"},
                             {"ms950", "cp950"},
                             {"ms_kanji", "cp932"},
                             {"mskanji", "cp932"},
                             {"pt154", "ptcp154"},
                             {"quopri", "quopri_codec"},
                             {"quoted_printable", "quopri_codec"},
                             {"quotedprintable", "quopri_codec"},
                             {"r8", "hp_roman8"},
                             {"rk1048", "kz1048"},
                             {"roman8", "hp_roman8"},
                             {"rot13", "rot_13"},
                             {"ruscii", "cp1125"},
                             {"s_jis", "shift_jis"},
                             {"s_jis_2004", "shift_jis_2004"},
                             {"s_jisx0213", "shift_jisx0213"},
                             {"shiftjis", "shift_jis"},
                             {"shiftjis2004", "shift_jis_2004"},
                             {"shiftjisx0213", "shift_jisx0213"},
                             {"sjis", "shift_jis"},
                             {"sjis_2004", "shift_jis_2004"},
                             {"sjisx0213", "shift_jisx0213"},
                             {"strk1048_2002", "kz1048"},
                             {"thai", "iso8859_11"},
                             {"tis620", "tis_620"},
                             {"tis_620_0", "tis_620"},
                             {"tis_620_2529_0", "tis_620"},
                             {"tis_620_2529_1", "tis_620"},
                             {"u16", "utf_16"},
                             {"u32", "utf_32"},
                             {"u7", "utf_7"},
                             {"u8", "utf_8"},
                             {"u_jis", "euc_jp"},
                             {"uhc", "cp949"},
                             {"ujis", "euc_jp"},
                             {"unicode_1_1_utf_7", "utf_7"},
                             {"unicodebigunmarked", "utf_16_be"},
                             {"unicodelittleunmarked", "utf_16_le"},
                             {"us", "ascii"},
                             {"us_ascii", "ascii"},
                             {"utf", "utf_8"},
                             {"utf16", "utf_16"},
                             {"utf32", "utf_32"},
                             {"utf7", "utf_7"},
                             {"utf8", "utf_8"},
                             {"utf8_ucs2", "utf_8"},
                             {"utf8_ucs4", "utf_8"},
                             {"utf_16be", "utf_16_be"},
                             {"utf_16le", "utf_16_le"},
                             {"utf_32be", "utf_32_be"},
                             {"utf_32le", "utf_32_le"},
                             {"uu", "uu_codec"},
                             {"windows_1250", "cp1250"},
                             {"windows_1251", "cp1251"},
                             {"windows_1252", "cp1252"},
                             {"windows_1253", "cp1253"},
                             {"windows_1254", "cp1254"},
                             {"windows_1255", "cp1255"},
                             {"windows_1256", "cp1256"},
                             {"windows_1257", "cp1257"},
                             {"windows_1258", "cp1258"},
                             {"x_mac_japanese", "shift_jis"},
                             {"x_mac_korean", "euc_kr"},
                             {"x_mac_simp_chinese", "gb2312"},
                             {"x_mac_trad_chinese", "big5"},
                             {"zip", "zlib_codec"},
                             {"zlib", "zlib_codec"}};

/// _Py_normalize_encoding: lower case, and every run of characters other than
/// ASCII letters, digits and '.' becomes one '_', none at either end.
std::string normalizeEncodingName(StringRef Name) {
  std::string Norm;
  bool Punct = false;
  for (char C : Name) {
    if (!isAlnum(C) && C != '.') {
      Punct = true;
      continue;
    }
    if (Punct && !Norm.empty())
      Norm += '_';
    Punct = false;
    Norm += toLower(C);
  }
  return Norm;
}

/// codecs.lookup by way of encodings.search_function: an alias of the
/// normalised name, or of that name with '.' read as '_', else a module of
/// that very name.
const Codec *lookupCodec(StringRef Name) {
  std::string Norm = normalizeEncodingName(Name);
  std::string Dotless = Norm;
  std::replace(Dotless.begin(), Dotless.end(), '.', '_');
  auto FindAlias = [](StringRef Key) -> const char * {
    for (const Alias &A : Aliases)
      if (Key == A.Key)
        return A.Module;
    return nullptr;
  };
  const char *Module = FindAlias(Norm);
  if (!Module)
    Module = FindAlias(Dotless);
  StringRef Wanted = Module ? StringRef(Module) : StringRef(Norm);
  for (const Codec &C : Codecs)
    if (Wanted == C.Module)
      return &C;
  return nullptr;
}

/// The codec name in CPython's UnicodeDecodeError messages.
StringRef messageName(const Codec &C) {
  switch (C.Fam) {
  case Family::Utf8:
    return "utf-8";
  case Family::Ascii:
    return "ascii";
  case Family::Charmap:
    return "charmap";
  case Family::Utf16Le:
    return "utf-16-le";
  case Family::Utf16Be:
    return "utf-16-be";
  case Family::Utf32Le:
    return "utf-32-le";
  case Family::Utf32Be:
    return "utf-32-be";
  default:
    return C.Name;
  }
}

/// Where glibc reads a byte below 0x80 as a JIS X 0201 or KS X 1003 Roman
/// character while Python keeps ASCII: a backslash turned yen sign would
/// derail the lexer. No other byte sequence yields these characters.
struct RomanFix {
  const char *IconvName;
  const char *Decoded;
  char Ascii;
};
constexpr RomanFix RomanFixes[] = {{"SHIFT_JIS", "\xC2\xA5", '\\'},
                                   {"SHIFT_JIS", "\xE2\x80\xBE", '~'},
                                   {"JOHAB", "\xE2\x82\xA9", '\\'}};

//===----------------------------------------------------------------------===//
// Coding declaration (PEP 263)
//===----------------------------------------------------------------------===//

struct CodingDeclaration {
  StringRef Name;
  bool OnSecondLine;
  size_t Column;
};

bool isCodingNameChar(char C) {
  return isAlnum(C) || C == '-' || C == '_' || C == '.';
}

/// get_coding_spec on one line, without its newline: the comment-only line
/// must match ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) with an ASCII \w.
std::optional<StringRef> findCodingSpec(StringRef Line) {
  StringRef Comment = Line.ltrim(" \t\f");
  if (!Comment.starts_with("#"))
    return std::nullopt;
  for (size_t At = Comment.find("coding"); At != StringRef::npos;
       At = Comment.find("coding", At + 1)) {
    StringRef After = Comment.drop_front(At + 6);
    if (!After.consume_front(":") && !After.consume_front("="))
      continue;
    StringRef Name = After.ltrim(" \t").take_while(isCodingNameChar);
    if (!Name.empty())
      return Name;
  }
  return std::nullopt;
}

/// check_coding_spec only looks on at line 2 after a line that holds nothing
/// but blanks and maybe a comment.
bool isBlankOrComment(StringRef Line) {
  StringRef Rest = Line.ltrim(" \t\f");
  return Rest.empty() || Rest.front() == '#';
}

/// Lines end at "\n", "\r\n" or "\r", since CPython translates newlines
/// before it looks.
std::optional<CodingDeclaration> findCodingDeclaration(StringRef Body) {
  size_t Eol = Body.find_first_of("\r\n");
  StringRef Line1 = Body.take_front(Eol);
  if (std::optional<StringRef> Name = findCodingSpec(Line1))
    return CodingDeclaration{*Name, false, size_t(Name->data() - Line1.data())};
  if (Eol == StringRef::npos || !isBlankOrComment(Line1))
    return std::nullopt;
  StringRef Rest =
      Body.drop_front(Eol + (Body.substr(Eol, 2) == "\r\n" ? 2 : 1));
  StringRef Line2 =
      Rest.take_until([](char C) { return C == '\r' || C == '\n'; });
  if (std::optional<StringRef> Name = findCodingSpec(Line2))
    return CodingDeclaration{*Name, true, size_t(Name->data() - Line2.data())};
  return std::nullopt;
}

/// get_normal_name: the tokenizer's own spelling of UTF-8 and Latin-1, judged
/// on the first 12 characters. A declaration it turns into "utf-8" means no
/// decoding up front; "utf8" and other spellings go through the codec.
std::string tokenizerName(StringRef Spec) {
  std::string Buf = Spec.take_front(12).lower();
  std::replace(Buf.begin(), Buf.end(), '_', '-');
  StringRef B = Buf;
  if (B == "utf-8" || B.starts_with("utf-8-"))
    return "utf-8";
  if (B == "latin-1" || B == "iso-8859-1" || B == "iso-latin-1" ||
      B.starts_with("latin-1-") || B.starts_with("iso-8859-1-") ||
      B.starts_with("iso-latin-1-"))
    return "iso-8859-1";
  return Spec.str();
}

//===----------------------------------------------------------------------===//
// Decoding
//===----------------------------------------------------------------------===//

/// One step of CPython's UTF-8 decoder: a well-formed character (Problem is
/// null) or an ill-formed subsequence, which errors="replace" turns into one
/// U+FFFD.
struct Utf8Step {
  unsigned Length;
  const char *Problem;
};

Utf8Step stepUtf8(const unsigned char *P, const unsigned char *End) {
  unsigned char Lead = *P;
  if (Lead < 0x80)
    return {1, nullptr};
  if (Lead < 0xC2 || Lead > 0xF4)
    return {1, "invalid start byte"};
  unsigned Trail = Lead < 0xE0 ? 1 : Lead < 0xF0 ? 2 : 3;
  // The second byte's range also rules out overlong forms, surrogates and
  // code points above U+10FFFF.
  unsigned char Lo = Lead == 0xE0 ? 0xA0 : Lead == 0xF0 ? 0x90 : 0x80;
  unsigned char Hi = Lead == 0xED ? 0x9F : Lead == 0xF4 ? 0x8F : 0xBF;
  for (unsigned I = 1; I <= Trail; ++I) {
    if (P + I == End)
      return {I, "unexpected end of data"};
    if (P[I] < Lo || P[I] > Hi)
      return {I, "invalid continuation byte"};
    Lo = 0x80;
    Hi = 0xBF;
  }
  return {Trail + 1, nullptr};
}

/// The length of the longest prefix of S that the tokenizer can read as it
/// is: well-formed UTF-8 without '\r' or NUL.
size_t plainPrefixLength(StringRef S) {
  const unsigned char *Begin = S.bytes_begin(), *P = Begin,
                      *End = S.bytes_end();
  constexpr uint64_t Ones = 0x0101010101010101, Highs = Ones * 0x80;
  auto HasZeroByte = [](uint64_t W) { return (W - Ones) & ~W & Highs; };
  while (P != End) {
    // Source is mostly ASCII, so take 8 bytes at once while none of them is
    // above 0x7F, NUL or '\r'.
    if (End - P >= 8) {
      uint64_t W;
      std::memcpy(&W, P, 8);
      if (!((W & Highs) | HasZeroByte(W) | HasZeroByte(W ^ (Ones * '\r')))) {
        P += 8;
        continue;
      }
    }
    if (*P == '\r' || *P == '\0')
      break;
    Utf8Step Step = stepUtf8(P, End);
    if (Step.Problem)
      break;
    P += Step.Length;
  }
  return P - Begin;
}

/// translate_newlines: "\r\n" and lone "\r" become "\n".
std::string translateNewlines(StringRef In, bool AddNewline) {
  std::string Out;
  Out.reserve(In.size() + 1);
  for (size_t Cr = In.find('\r'); Cr != StringRef::npos; Cr = In.find('\r')) {
    Out.append(In.data(), Cr);
    Out += '\n';
    In = In.drop_front(Cr + 1);
    In.consume_front("\n");
  }
  Out.append(In.data(), In.size());
  if (AddNewline)
    Out += '\n';
  return Out;
}

/// The first ill-formed sequence, where it is in the decoder's input (as
/// CPython reports it) and in the text.
struct Invalid {
  size_t InOffset;
  size_t Length;
  const char *Reason;
  size_t TextOffset;
};

/// How CPython reports the bytes at In[Pos] where iconv stopped, ill-formed
/// or (CutOff) incomplete at the end of the input: their length and why.
std::pair<size_t, const char *> describeStop(Family Fam, StringRef In,
                                             size_t Pos, bool CutOff) {
  size_t Rest = In.size() - Pos;
  const unsigned char *P = In.bytes_begin() + Pos;
  switch (Fam) {
  case Family::Utf16Le:
  case Family::Utf16Be: {
    if (CutOff)
      return Rest == 1 ? std::make_pair(Rest, "truncated data")
                       : std::make_pair(Rest, "unexpected end of data");
    unsigned char High = Fam == Family::Utf16Le ? P[1] : P[0];
    return {2, (High & 0xFC) == 0xDC ? "illegal encoding"
                                     : "illegal UTF-16 surrogate"};
  }
  case Family::Utf32Le:
  case Family::Utf32Be: {
    if (CutOff)
      return {Rest, "truncated data"};
    uint32_t CodePoint =
        Fam == Family::Utf32Le
            ? P[0] | P[1] << 8 | P[2] << 16 | uint32_t(P[3]) << 24
            : P[3] | P[2] << 8 | P[1] << 16 | uint32_t(P[0]) << 24;
    return {4,
            CodePoint > 0x10FFFF
                ? "code point not in range(0x110000)"
                : "code point in surrogate code point range(0xd800, 0xe000)"};
  }
  default:
    return CutOff ? std::make_pair(Rest, "incomplete multibyte sequence")
                  : std::make_pair(size_t(1), "illegal multibyte sequence");
  }
}

const iconv_t NoConverter = reinterpret_cast<iconv_t>(-1);
const size_t IconvFailed = static_cast<size_t>(-1);

class SourceDecoder {
public:
  explicit SourceDecoder(StringRef Raw) : Raw(Raw) {}
  DecodedSource run();

private:
  StringRef Raw;
  /// What the decoder reads: the body with newlines translated.
  std::string Input;
  std::string Text;
  std::optional<Invalid> FirstInvalid;

  void replaceInvalid(size_t InOffset, size_t Length, const char *Reason) {
    if (!FirstInvalid)
      FirstInvalid = Invalid{InOffset, Length, Reason, Text.size()};
    Text += "\xEF\xBF\xBD";
  }
  void decodeUtf8();
  bool decodeSingleByte(const Codec &C);
  bool decodeMultibyte(const Codec &C);
  void appendConverted(StringRef Chunk, const Codec &C);
  std::string invalidMessage(const Codec *WholeInput) const;
};

void SourceDecoder::decodeUtf8() {
  StringRef In = Input;
  Text.reserve(In.size());
  size_t Pos = 0;
  while (true) {
    size_t Run = plainPrefixLength(In.drop_front(Pos));
    Text.append(In.data() + Pos, Run);
    Pos += Run;
    if (Pos == In.size())
      return;
    Utf8Step Step = stepUtf8(In.bytes_begin() + Pos, In.bytes_end());
    if (Step.Problem)
      replaceInvalid(Pos, Step.Length, Step.Problem);
    else // NUL, which the caller deals with.
      Text.append(In.data() + Pos, Step.Length);
    Pos += Step.Length;
  }
}

bool SourceDecoder::decodeSingleByte(const Codec &C) {
  iconv_t Cd = C.IconvName ? iconv_open("UTF-8", C.IconvName) : NoConverter;
  if (Cd == NoConverter)
    return false;
  // Python maps each byte on its own, while glibc's CP1255 and CP1258 would
  // compose a letter with a diacritic that follows it; so convert the bytes
  // one at a time. Those two also hold a letter back until the flush.
  std::string Table[256];
  for (unsigned Byte = 0; Byte < 256; ++Byte) {
    char In = char(Byte), Buf[8];
    char *InP = &In, *Out = Buf;
    size_t InLeft = 1, OutLeft = sizeof(Buf);
    if (iconv(Cd, &InP, &InLeft, &Out, &OutLeft) != IconvFailed)
      iconv(Cd, nullptr, nullptr, &Out, &OutLeft);
    Table[Byte].assign(Buf, Out - Buf);
  }
  iconv_close(Cd);

  const char *Reason = C.Fam == Family::Ascii ? "ordinal not in range(128)"
                                              : "character maps to <undefined>";
  auto MapsToItself = [&Table](unsigned char Byte) {
    return Table[Byte].size() == 1 && Table[Byte][0] == char(Byte);
  };
  Text.reserve(Input.size());
  for (size_t Pos = 0; Pos < Input.size();) {
    // Copy what maps to itself (mostly ASCII) a run at a time.
    size_t Run = Pos;
    while (Run < Input.size() && MapsToItself(Input[Run]))
      ++Run;
    Text.append(Input, Pos, Run - Pos);
    if (Run == Input.size())
      break;
    const std::string &Decoded = Table[static_cast<unsigned char>(Input[Run])];
    if (Decoded.empty())
      replaceInvalid(Run, 1, Reason);
    else
      Text += Decoded;
    Pos = Run + 1;
  }
  return true;
}

void SourceDecoder::appendConverted(StringRef Chunk, const Codec &C) {
  size_t Start = Text.size();
  Text.append(Chunk.data(), Chunk.size());
  for (const RomanFix &Fix : RomanFixes) {
    if (StringRef(C.IconvName) != Fix.IconvName)
      continue;
    size_t Length = std::strlen(Fix.Decoded);
    for (size_t At = Text.find(Fix.Decoded, Start); At != std::string::npos;
         At = Text.find(Fix.Decoded, At + 1))
      Text.replace(At, Length, 1, Fix.Ascii);
  }
}

bool SourceDecoder::decodeMultibyte(const Codec &C) {
  iconv_t Cd = C.IconvName ? iconv_open("UTF-8", C.IconvName) : NoConverter;
  if (Cd == NoConverter)
    return false;
  Text.reserve(Input.size() * 3 / 2);
  char *In = Input.data();
  size_t InLeft = Input.size();
  char Buf[4096];
  while (true) {
    char *Out = Buf;
    size_t OutLeft = sizeof(Buf);
    // Once the input is used up, a call without input flushes what the
    // converter may still hold back.
    bool Flush = InLeft == 0;
    size_t Result = Flush ? iconv(Cd, nullptr, nullptr, &Out, &OutLeft)
                          : iconv(Cd, &In, &InLeft, &Out, &OutLeft);
    int Error = errno;
    appendConverted(StringRef(Buf, Out - Buf), C);
    if (Result != IconvFailed) {
      if (Flush)
        break;
      continue;
    }
    if (Error == E2BIG)
      continue;
    size_t Pos = In - Input.data();
    auto [Length, Reason] = describeStop(C.Fam, Input, Pos, Error == EINVAL);
    replaceInvalid(Pos, Length, Reason);
    In += Length;
    InLeft -= Length;
  }
  iconv_close(Cd);
  return true;
}

/// CPython's message for the first ill-formed sequence: either from decoding
/// the whole input with the declared codec, positioned in that input, or
/// from decoding a UTF-8 token, positioned in that token, where the nearest
/// thing this side of the lexer can offer is the position in the line.
std::string SourceDecoder::invalidMessage(const Codec *WholeInput) const {
  const Invalid &I = *FirstInvalid;
  size_t Position = I.InOffset;
  std::string Prefix;
  StringRef Name = "utf-8";
  if (WholeInput) {
    Name = messageName(*WholeInput);
  } else {
    Prefix = "(unicode error) ";
    size_t LineEnd = StringRef(Input).rfind('\n', I.InOffset);
    if (LineEnd != StringRef::npos)
      Position -= LineEnd + 1;
  }
  if (I.Length == 1)
    return formatv("{0}'{1}' codec can't decode byte {2} in position {3}: {4}",
                   Prefix, Name,
                   format_hex(static_cast<unsigned char>(Input[I.InOffset]), 4),
                   Position, I.Reason);
  return formatv("{0}'{1}' codec can't decode bytes in position {2}-{3}: {4}",
                 Prefix, Name, Position, Position + I.Length - 1, I.Reason);
}

DecodedSource SourceDecoder::run() {
  DecodedSource Result;
  StringRef Body = Raw;
  bool HasBom = Body.consume_front("\xEF\xBB\xBF");
  std::optional<CodingDeclaration> Decl = findCodingDeclaration(Body);
  std::string Spec = Decl ? tokenizerName(Decl->Name) : "utf-8";

  // The codec that decodes the whole input, if CPython would use one, or why
  // CPython would refuse the declaration; then the text is read as UTF-8.
  const Codec *Whole = nullptr;
  std::string DeclError;
  if (Spec != "utf-8") {
    const Codec *C = lookupCodec(Spec);
    if (HasBom)
      DeclError = "encoding problem: " + Spec + " with BOM";
    else if (!C)
      DeclError = "unknown encoding: " + Spec;
    else if (C->Fam == Family::NotText)
      DeclError = "'" + Spec +
                  "' is not a text encoding; use codecs.decode() to handle "
                  "arbitrary codecs";
    else if (C->Fam == Family::Undefined)
      DeclError = "decoding with '" + Spec +
                  "' codec failed (UnicodeError: undefined encoding)";
    else
      Whole = C;
  }

  // A codec that decodes the whole input also sees the newline the tokenizer
  // adds at its end: where it lacks one and, by a quirk of translate_newlines,
  // where it ends in "\r\n". That decides how a sequence cut off at the end is
  // reported; the text does not keep the newline.
  bool AddNewline =
      Body.ends_with("\r\n") || !(Body.ends_with("\n") || Body.ends_with("\r"));
  bool Decoded = false;
  if (Whole && Whole->Fam != Family::Utf8) {
    Input = translateNewlines(Body, AddNewline);
    Decoded = Whole->Fam == Family::Ascii || Whole->Fam == Family::Charmap
                  ? decodeSingleByte(*Whole)
                  : decodeMultibyte(*Whole);
    if (!Decoded) {
      DeclError = "unsupported encoding: " + Spec;
      Whole = nullptr;
    }
  }
  if (!Decoded && (HasBom || plainPrefixLength(Raw) != Raw.size())) {
    Input = translateNewlines(Body, Whole && AddNewline);
    decodeUtf8();
    Decoded = true;
  }
  if (Whole) {
    Result.Encoding = Whole->Name;
    if (AddNewline && StringRef(Text).ends_with("\n"))
      Text.pop_back();
  }
  if (Decoded) {
    Result.Unchanged = false;
    Result.Text = std::move(Text);
  }

  auto Report = [&](size_t Offset, std::string Message) {
    Result.Errors.push_back({uint32_t(Offset), std::move(Message)});
  };
  // CPython refuses NUL bytes before it looks at anything else. For UTF-16
  // and UTF-32 they need not show in the text.
  if (Body.contains('\0')) {
    size_t At = Result.Text.find('\0');
    Report(At == std::string::npos ? 0 : At,
           "source code string cannot contain null bytes");
    std::replace(Result.Text.begin(), Result.Text.end(), '\0', ' ');
  }
  if (!DeclError.empty()) {
    size_t Offset = Decl->Column;
    if (Decl->OnSecondLine)
      Offset += Result.text(Raw).find('\n') + 1;
    Report(Offset, DeclError);
  } else if (FirstInvalid) {
    Report(FirstInvalid->TextOffset, invalidMessage(Whole));
  }
  return Result;
}

} // namespace

DecodedSource schemac::decodePythonSource(StringRef Raw) {
  return SourceDecoder(Raw).run();
}
