"""Events platform using Annotated aliases and a type_annotation_map."""
