"""pollster — surveys and polls. Models were written for 1.3 and run on 2.0 unchanged
(legacy ``declarative_base()`` + ``Column``), new code adds ``Mapped`` annotations."""
