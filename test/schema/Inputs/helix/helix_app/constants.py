BARCODE_LENGTH = 24
PLATE_WELLS = 96
MAX_READ_LENGTH = 600
SPECIES_CHOICES = ("human", "mouse", "zebrafish", "yeast", "ecoli")
