"""insurepol — policy administration: parties, policies by line of business, documents."""
