from sqlalchemy.sql.expression import func, Function
