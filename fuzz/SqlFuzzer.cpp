//===- SqlFuzzer.cpp - libFuzzer target for the dbt SQL reader ------------===//
//
// A manifest's compiled SQL, Jinja and Python code are anyone's text: the
// reader must take any of it without a crash or a hang. The first byte
// picks the adapter (the SQL's lexicon), whether the code is compiled SQL,
// and whether the relations' columns are known.
//
//===----------------------------------------------------------------------===//

#include "passes/DbtSql.h"

#include <cstddef>
#include <cstdint>

using namespace schemac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  static const char *const Adapters[] = {"postgres", "snowflake", "bigquery",
                                         "duckdb",   "redshift",  "databricks",
                                         "mysql",    "sqlserver"};
  uint8_t Choice = Data[0];
  llvm::StringRef Text(reinterpret_cast<const char *>(Data + 1), Size - 1);
  passes::SqlLexicon Lexicon =
      passes::SqlLexicon::forAdapter(Adapters[Choice % 8]);
  static const passes::KnownColumns Known = {
      {"public.orders", {"id", "customer_id", "discount", "Total", "day"}},
      {"public.customers", {"id", "name", "time"}}};
  passes::SqlReading R = passes::readSql(Text, Lexicon, !(Choice & 8),
                                         Choice & 16 ? &Known : nullptr);
  // Each question the impact pass asks of a reading.
  (void)R.readsColumn("orders", "discount", "public");
  (void)R.passesThrough("orders");
  (void)passes::dottedNames(Text);
  if (Choice & 32)
    (void)passes::readPython(Text);
  return 0;
}
