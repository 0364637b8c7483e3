from typing import Callable

type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]


class Box[T: (int, str), *Ts, **P]:
    def get[U](self, f: Callable[P, U]) -> U: ...


def first[T](xs: list[T]) -> T:
    return xs[0]

type = 5
print(type)
