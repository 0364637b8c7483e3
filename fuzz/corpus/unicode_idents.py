# Identifiers beyond ASCII, normalized per NFKC.
café = 1
ｆｕｌｌｗｉｄｔｈ = 2
Ωμέγα = café + ｆｕｌｌｗｉｄｔｈ
変数 = "値"
ℌ = "script H"
print(Ωμέγα, 変数)
