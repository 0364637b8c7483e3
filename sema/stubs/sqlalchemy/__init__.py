# The sqlalchemy package namespace, as `import sqlalchemy as sa` sees it.
from sqlalchemy.types import *
from sqlalchemy.schema import *
from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import func, text, literal_column, true, false, null
from sqlalchemy.types import TypeDecorator, UserDefinedType
