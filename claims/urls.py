from django.urls import path

from claims import views

app_name = "claims"
urlpatterns = [
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("sources/<int:pk>/", views.source_detail, name="source-detail"),
]
