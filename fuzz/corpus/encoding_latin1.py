# -*- coding: latin-1 -*-
name = "café"
# © 2024
