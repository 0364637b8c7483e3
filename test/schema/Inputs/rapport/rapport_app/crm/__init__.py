"""Customer relationship management: parties, contacts, deals, activities."""
