"""Custom column types built on TypeDecorator and UserDefinedType."""
