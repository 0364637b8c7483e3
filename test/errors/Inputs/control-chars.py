x = 
y = ab
