# What a @compiles function is given as its compiler: the dialect, by name,
# and process() of a SQL construct, which gives its text as the analysis
# renders it (the same on every dialect). A type compiler's process() and
# visit_*() give no text: they say which type to render instead, and how
# (_RenderedType), which sema makes the type's rendering on that dialect
# when the function returns it (CompiledRenderings.cpp).
class _RenderedType:
    def __init__(self, type_, visit):
        pass


class TypeCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, type_, **kw):
        return _RenderedType(type_, None)

    def __getattr__(self, name):
        if name.startswith("visit_"):
            return lambda type_, **kw: _RenderedType(type_, name[6:])
        return getattr(TypeCompiler, name)


class SQLCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, element, **kw):
        return _schemac_sql_text(element)


class DDLCompiler(SQLCompiler):
    pass

# The visit_*() methods each dialect's type compiler has (dir() of it under
# SQLAlchemy 1.4.46 and 2.0.52): a @compiles function that calls another
# raises AttributeError (CompiledRenderings.cpp reads this table).
__schemac_type_visits__ = {
    "1.4": {
        "postgresql": (
            "ARRAY BIGINT BINARY BIT BLOB BOOLEAN BYTEA CHAR CIDR CLOB DATE "
            "DATERANGE DATETIME DECIMAL DOUBLE_PRECISION ENUM FLOAT HSTORE INET "
            "INT4RANGE INT8RANGE INTEGER INTERVAL JSON JSONB MACADDR MACADDR8 MONEY "
            "NCHAR NCLOB NUMERIC NUMRANGE NVARCHAR OID REAL REGCLASS SMALLINT TEXT "
            "TIME TIMESTAMP TSRANGE TSTZRANGE TSVECTOR UUID VARBINARY VARCHAR "
            "big_integer boolean date datetime enum float integer large_binary null "
            "numeric real small_integer string text time type_decorator unicode "
            "unicode_text unsupported_compilation user_defined "
        ),
        "mysql": (
            "BIGINT BINARY BIT BLOB BOOLEAN CHAR CLOB DATE DATETIME DECIMAL DOUBLE "
            "ENUM FLOAT INTEGER JSON LONGBLOB LONGTEXT MEDIUMBLOB MEDIUMINT "
            "MEDIUMTEXT NCHAR NCLOB NUMERIC NVARCHAR REAL SET SMALLINT TEXT TIME "
            "TIMESTAMP TINYBLOB TINYINT TINYTEXT VARBINARY VARCHAR YEAR big_integer "
            "boolean date datetime enum float integer large_binary null numeric "
            "real small_integer string text time type_decorator unicode "
            "unicode_text unsupported_compilation user_defined "
        ),
        "sqlite": (
            "BIGINT BINARY BLOB BOOLEAN CHAR CLOB DATE DATETIME DECIMAL FLOAT "
            "INTEGER JSON NCHAR NCLOB NUMERIC NVARCHAR REAL SMALLINT TEXT TIME "
            "TIMESTAMP VARBINARY VARCHAR big_integer boolean date datetime enum "
            "float integer large_binary null numeric real small_integer string text "
            "time type_decorator unicode unicode_text unsupported_compilation "
            "user_defined "
        ),
    },
    "2.0": {
        "postgresql": (
            "ARRAY BIGINT BINARY BIT BLOB BOOLEAN BYTEA CHAR CIDR CITEXT CLOB DATE "
            "DATEMULTIRANGE DATERANGE DATETIME DECIMAL DOMAIN DOUBLE "
            "DOUBLE_PRECISION ENUM FLOAT HSTORE INET INT4MULTIRANGE INT4RANGE "
            "INT8MULTIRANGE INT8RANGE INTEGER INTERVAL JSON JSONB JSONPATH MACADDR "
            "MACADDR8 MONEY NCHAR NCLOB NUMERIC NUMMULTIRANGE NUMRANGE NVARCHAR OID "
            "REAL REGCLASS REGCONFIG SMALLINT TEXT TIME TIMESTAMP TSMULTIRANGE "
            "TSQUERY TSRANGE TSTZMULTIRANGE TSTZRANGE TSVECTOR UUID VARBINARY "
            "VARCHAR big_integer boolean date datetime double enum float integer "
            "json_int_index json_path json_str_index large_binary null numeric real "
            "small_integer string text time type_decorator unicode unicode_text "
            "unsupported_compilation user_defined uuid "
        ),
        "mysql": (
            "BIGINT BINARY BIT BLOB BOOLEAN CHAR CLOB DATE DATETIME DECIMAL DOUBLE "
            "DOUBLE_PRECISION ENUM FLOAT INTEGER JSON LONGBLOB LONGTEXT MEDIUMBLOB "
            "MEDIUMINT MEDIUMTEXT NCHAR NCLOB NUMERIC NVARCHAR REAL SET SMALLINT "
            "TEXT TIME TIMESTAMP TINYBLOB TINYINT TINYTEXT UUID VARBINARY VARCHAR "
            "YEAR big_integer boolean date datetime double enum float integer "
            "large_binary null numeric real small_integer string text time "
            "type_decorator unicode unicode_text unsupported_compilation "
            "user_defined uuid "
        ),
        "sqlite": (
            "BIGINT BINARY BLOB BOOLEAN CHAR CLOB DATE DATETIME DECIMAL DOUBLE "
            "DOUBLE_PRECISION FLOAT INTEGER JSON NCHAR NCLOB NUMERIC NVARCHAR REAL "
            "SMALLINT TEXT TIME TIMESTAMP UUID VARBINARY VARCHAR big_integer "
            "boolean date datetime double enum float integer large_binary null "
            "numeric real small_integer string text time type_decorator unicode "
            "unicode_text unsupported_compilation user_defined uuid "
        ),
    },
}
