from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from allauth.account import app_settings as allauth_settings
from allauth.socialaccount.models import SocialAccount

from . import sso
from .forms import DeleteAccountForm, ProfileForm
from .privacy import delete_account, export_user_data


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Je gegevens zijn opgeslagen."))
        return redirect("accounts:profile")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "sso_available": bool(sso.oidc_apps())}
    return render(request, "accounts/profile.html", context, status=status)


@login_required
def download_my_data(request):
    """Everything kept about the signed-in learner, as a JSON file."""
    data = export_user_data(request.user)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-leren-kijken.json"'
    return response


@login_required
def delete_my_account(request):
    """Delete the learner's account after they confirm who they are (DeleteAccountForm)."""
    form = DeleteAccountForm(
        request.user,
        request.POST if request.method == "POST" else None,
        recently_reauthenticated=sso.recently_reauthenticated(request),
    )
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_account(user)
        messages.success(request, _("Je account is verwijderd. Je certificaten zijn niet meer geldig."))
        return redirect("/")
    status = 400 if request.method == "POST" else 200
    # Only providers still configured can confirm; a municipality that left keeps the e-mailed code.
    names = {app.get("provider_id"): app.get("name") for app in sso.oidc_apps()}
    linked = SocialAccount.objects.filter(user=request.user, provider__in=names).order_by("provider")
    context = {
        "form": form,
        "providers": [{"id": pid, "name": names[pid]} for pid in linked.values_list("provider", flat=True)],
        "code_url": f"{reverse('account_request_reauthentication_code')}?next={reverse('accounts:delete_account')}",
        "minutes": allauth_settings.REAUTHENTICATION_TIMEOUT // 60,
    }
    return render(request, "accounts/delete_account.html", context, status=status)


@require_POST
@login_required
def confirm_with_sso(request):
    """Send the learner to log in again at their organisation (POST field "provider", one linked to their
    account); back on the deletion page they may delete."""
    provider_id = request.POST.get("provider", "")
    if not SocialAccount.objects.filter(user=request.user, provider=provider_id).exists():
        raise Http404
    return sso.start_reauthentication(request, provider_id, next_url=reverse("accounts:delete_account"))
