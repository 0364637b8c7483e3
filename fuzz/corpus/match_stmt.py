def handle(command):
    match command.split():
        case [action]:
            return action
        case ["go", ("north" | "south") as direction] if direction:
            return direction
        case ["drop", *objects]:
            return objects
        case {"type": "click", "pos": (x, y), **rest}:
            return x, y, rest
        case Point(x=0, y=0) | Point(1, 1):
            return "origin"
        case str() | bytes():
            return None
        case -1 | 1.5 | 2 + 3j | None | True:
            return 0
        case Color.RED:
            pass
        case _:
            raise ValueError(command)


match = case = _ = 1
match (1, 2):
    case (a, b, *_): pass
print(match, case)
