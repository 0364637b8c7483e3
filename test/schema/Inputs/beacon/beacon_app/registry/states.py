import enum


class DeviceState(enum.Enum):
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    QUARANTINED = "quarantined"
    RETIRED = "retired"


class Protocol(str, enum.Enum):
    MQTT = "mqtt"
    COAP = "coap"
    HTTP = "http"
    LWM2M = "lwm2m"


class FirmwareChannel(enum.IntEnum):
    STABLE = 0
    BETA = 1
    NIGHTLY = 2
