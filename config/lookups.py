"""AnyOf: membership in a long list of integers, as in `filter(AnyOf(F("pk"), ids))`.

`__in` sends a placeholder per item. With the thousands of ids of a worker's batch, building,
binding and parsing those placeholders costs PostgreSQL more than the query itself (7.5 ms
against 0.3 ms for 2,000 ids), so there the list travels as one array literal instead.
Other databases get the usual IN list.
"""

from django.db.models.lookups import In


def id_array(ids) -> str:
    """A PostgreSQL array literal of integers: `{1,2,3}`. int() refuses anything else, so
    nothing but digits and signs reaches the statement."""
    return "{" + ",".join(str(int(pk)) for pk in ids) + "}"


class AnyOf(In):
    def as_postgresql(self, compiler, connection):
        if not self.rhs_is_direct_value():
            return super().as_sql(compiler, connection)
        lhs, lhs_params = self.process_lhs(compiler, connection)
        # NULL is never equal to anything: as __in does, leave it out.
        ids = id_array(pk for pk in self.rhs if pk is not None)
        return f"{lhs} = ANY(%s::bigint[])", (*lhs_params, ids)
