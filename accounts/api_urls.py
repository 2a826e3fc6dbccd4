from django.urls import path

from accounts.apis import TokenObtainApi, TokenRefreshApi

urlpatterns = [
    path("auth/token/", TokenObtainApi.as_view(), name="api-token-obtain"),
    path("auth/token/refresh/", TokenRefreshApi.as_view(), name="api-token-refresh"),
]
