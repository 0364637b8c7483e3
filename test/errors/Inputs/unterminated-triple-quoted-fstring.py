x = 1
y = f'''abc
{x}
z