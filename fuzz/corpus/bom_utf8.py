x = "with a BOM"
print(x)
