"""Orders and risk assessments from the terminal: ``order`` and ``risk`` sub-commands.

``risk`` is imported here because its LEVELS are the choices of ``--level``, and it brings
the vault code with it; the incident store is imported where a breach is printed.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import _
from ..incidents.when import display_time
from ..legal import orders, risk
from ..textutil import show_invisible
from ..vault import Vault
from .context import Context, add_vault_options
from .legal_text import order_text, risk_text

_ORDER_OPTS = ("kind", "made", "court", "reference", "terms", "expires")
_RISK_OPTS = ("date", "tool", "by", "reference", "level", "notes")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("order", help=_("court orders protecting you, and their breaches"))
    osub = p.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    for name, handler, helptext in (
        (
            "add",
            cmd_order_add,
            _("add an order (injunction, SPO, non-molestation, restraining, other)"),
        ),
        (
            "edit",
            cmd_order_edit,
            _("edit an order (injunction, SPO, non-molestation, restraining, other)"),
        ),
    ):
        q = osub.add_parser(name, help=helptext)
        add_vault_options(q)
        if name == "edit":
            q.add_argument("id", type=int)
        required = name == "add"
        q.add_argument(
            "--kind",
            required=required,
            help=_("injunction, spo, non-molestation, restraining or other"),
        )
        q.add_argument("--made", required=required, help=_("date made, e.g. 2026-03-01"))
        q.add_argument("--court", help=_("the court that made it"))
        q.add_argument("--reference", help=_("case number or reference"))
        q.add_argument("--terms", help=_("what the order forbids, as written in it"))
        q.add_argument("--expires", help=_("expiry date ('' for none)"))
        q.set_defaults(handler=handler)
    q = osub.add_parser("list", help=_("every order, with the incidents that breach it"))
    add_vault_options(q)
    q.set_defaults(handler=cmd_order_list)
    q = osub.add_parser("show", help=_("one order and its breaches"))
    add_vault_options(q)
    q.add_argument("id", type=int)
    q.set_defaults(handler=cmd_order_show)

    p = sub.add_parser("risk", help=_("police risk assessments, as you were told them"))
    rsub = p.add_subparsers(dest="risk_command", metavar="ACTION", required=True)
    for name, handler, helptext in (
        ("add", cmd_risk_add, _("add a risk assessment (its outcome only)")),
        ("edit", cmd_risk_edit, _("edit a risk assessment (its outcome only)")),
    ):
        q = rsub.add_parser(name, help=helptext)
        add_vault_options(q)
        if name == "edit":
            q.add_argument("id", type=int)
        required = name == "add"
        q.add_argument("--date", required=required, help=_("when it was made, e.g. 2026-03-01"))
        q.add_argument("--tool", help=_("e.g. S-DASH or DASH"))
        q.add_argument("--by", help=_("who made it: officer and number, or service"))
        q.add_argument("--reference")
        q.add_argument("--level", required=required, choices=list(risk.LEVELS))
        q.add_argument("--notes")
        q.set_defaults(handler=handler)
    q = rsub.add_parser("list", help=_("every risk assessment, latest last"))
    add_vault_options(q)
    q.set_defaults(handler=cmd_risk_list)


def _order_lines(vault: Vault, order: orders.Order) -> list[str]:
    from ..incidents import store

    state = _("[in force]") if order.in_force(date.today()) else _("[not in force]")
    lines = [f"#{order.id:<4} {order_text(order)} {state}"]
    if order.terms:
        lines.append("      " + _("Terms: {terms}").format(terms=show_invisible(order.terms)))
    for incident_id in order.breaches:
        incident = store.get_incident(vault, incident_id)
        lines.append(
            "      "
            + _("Breach: #{id} {when}  {title}").format(
                id=incident_id,
                when=display_time(incident.when),
                title=show_invisible(incident.title),
            )
        )
    return lines


def _set(target: object, args: argparse.Namespace, names: tuple[str, ...]) -> None:
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            setattr(target, name, value)


def cmd_order_add(args: argparse.Namespace, ctx: Context) -> int:
    order = orders.Order(kind=args.kind, made=args.made)
    _set(order, args, _ORDER_OPTS)
    saved = orders.add_order(ctx.open_vault(), order)
    ctx.emit(
        saved.to_json(),
        _("Recorded order #{id}: {value}.").format(id=saved.id, value=order_text(saved)),
    )
    return 0


def cmd_order_edit(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    order = orders.get_order(vault, args.id)
    _set(order, args, _ORDER_OPTS)
    saved = orders.update_order(vault, args.id, order)
    ctx.emit(
        saved.to_json(),
        _("Saved order #{id} as version {revision}.").format(id=saved.id, revision=saved.revision),
    )
    return 0


def cmd_order_list(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    items = orders.list_orders(vault)
    ctx.emit(
        [o.to_json() for o in items],
        lambda: (
            "\n".join(line for o in items for line in _order_lines(vault, o))
            or _("No orders recorded.")
        ),
    )
    return 0


def cmd_order_show(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    order = orders.get_order(vault, args.id)
    ctx.emit(order.to_json(), lambda: "\n".join(_order_lines(vault, order)))
    return 0


def cmd_risk_add(args: argparse.Namespace, ctx: Context) -> int:
    item = risk.RiskAssessment(date=args.date, level=args.level)
    _set(item, args, _RISK_OPTS)
    saved = risk.add_risk(ctx.open_vault(), item)
    ctx.emit(
        saved.to_json(),
        _("Recorded risk assessment #{id}: {value}.").format(id=saved.id, value=risk_text(saved)),
    )
    return 0


def cmd_risk_edit(args: argparse.Namespace, ctx: Context) -> int:
    vault = ctx.open_vault()
    item = risk.get_risk(vault, args.id)
    _set(item, args, _RISK_OPTS)
    saved = risk.update_risk(vault, args.id, item)
    ctx.emit(
        saved.to_json(),
        _("Saved risk assessment #{id} as version {revision}.").format(
            id=saved.id, revision=saved.revision
        ),
    )
    return 0


def cmd_risk_list(args: argparse.Namespace, ctx: Context) -> int:
    items = risk.list_risks(ctx.open_vault())
    ctx.emit(
        [r.to_json() for r in items],
        lambda: (
            "\n".join(f"#{r.id:<4} {risk_text(r)}" for r in items)
            or _("No risk assessments recorded.")
        ),
    )
    return 0
