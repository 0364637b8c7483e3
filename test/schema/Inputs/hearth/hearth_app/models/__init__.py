from .accounts import Agency, Agent, OAuth2Token, User  # noqa: F401
from .listings import Listing, ListingPhoto, Feature, OpenHouse, listing_features  # noqa: F401
from .analytics import ListingView  # noqa: F401
