# -*- coding: latin-1 -*-
x = "é"
ÿ = 1
