# sqlalchemy_utils.types.encrypted.encrypted_type: the encrypted column
# types; the engines only as the arguments they are.
from sqlalchemy import types


class AesEngine:
    pass


class AesGcmEngine:
    pass


class FernetEngine:
    pass


class StringEncryptedType(types.TypeDecorator):
    impl = types.String

    def __init__(self, type_in=None, key=None, engine=None, padding=None, **kwargs):
        super().__init__(**kwargs)


class EncryptedType(StringEncryptedType):
    impl = types.LargeBinary
