from sqlalchemy.sql.expression import conv
