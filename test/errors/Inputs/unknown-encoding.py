# coding: nonexistent
x = 1
