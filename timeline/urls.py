from django.urls import path

from timeline import feeds, views

app_name = "timeline"
urlpatterns = [
    path("", views.home, name="home"),
    path("timelines/<slug:slug>/", views.timeline_detail, name="detail"),
    path("timelines/<slug:slug>/feed/", feeds.timeline_feed, name="feed"),
    # Lives here with the other feed; claims/<int:pk>/ cannot shadow it.
    path("claims/feed/", feeds.claims_feed, name="claims-feed"),
]
