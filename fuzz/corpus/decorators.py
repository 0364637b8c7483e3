import functools
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Config:
    name: str
    tags: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=None)
@(lambda f: f)
@registry["handlers"].register
@buttons[0].clicked.connect
def cached(x: int, /, y: int = 2, *args, z: int, **kwargs) -> int:
    return x + y


class A:
    @staticmethod
    def s(): ...

    @classmethod
    @property
    def c(cls): return cls

    @s.setter
    def s(self, v): self._s = v
