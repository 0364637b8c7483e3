songs = ["a", "b"]
x = f"{", ".join(songs)}"
y = f"{f"{f"{1}"}"}"
z = f"{
    songs[0]  # a comment inside a replacement field
}"
w = f"{'\n'.join(songs)}"
v = f"{songs!r:{'>'}{10}}"
