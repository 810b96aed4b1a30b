package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.MonitoringDtos.AreaDto;
import io.github.svtoms.catalog.json.MonitoringDtos.LocalDto;
import io.github.svtoms.core.catalogue.LocalArea;
import io.github.svtoms.core.catalogue.LocalDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a structured definition of "local" ({@link LocalDefinition}) as a commitment's {@code local}
 * member: {@code name}, {@code basis} ({@code base} | {@code benefit}) and {@code areas}, each by its {@code form}
 * with only the members of that form. Stateless.
 */
final class LocalCodec {
    private static final String DISTRICTS = "postcode-districts";
    private static final String AREAS = "areas";
    private static final String RADIUS = "radius";

    private LocalCodec() {
    }

    static LocalDto write(LocalDefinition d) {
        return new LocalDto(d.name(), d.basis().id(), d.areas().stream().map(LocalCodec::area).toList());
    }

    private static AreaDto area(LocalArea a) {
        if (a instanceof LocalArea.PostcodeDistricts d) {
            return new AreaDto(DISTRICTS, d.districts(), null, null, null, null, null, null);
        }
        if (a instanceof LocalArea.AdministrativeAreas x) {
            return new AreaDto(AREAS, null, x.type().id(), x.codes(), JsonOut.nonEmpty(x.names()), null, null, null);
        }
        LocalArea.Radius r = (LocalArea.Radius) a;
        return new AreaDto(RADIUS, null, null, null, null, r.centre(), JsonOut.decimal(r.distance()), r.unit().id());
    }

    static LocalDefinition read(Fields f, String p, LocalDto d) {
        int before = f.reading().problemCount();
        String name = f.text(p + ".name", d.name());
        LocalDefinition.Basis basis = Values.constant(f, p + ".basis", d.basis(), LocalDefinition.Basis.class,
                "local basis");
        f.required(p + ".areas", d.areas());
        List<LocalArea> areas = new ArrayList<>();
        List<AreaDto> list = Fields.list(d.areas());
        for (int i = 0; i < list.size(); i++) {
            LocalArea a = area(f, p + ".areas[" + i + "]", list.get(i));
            if (a != null) {
                areas.add(a);
            }
        }
        return Values.build(f, p, before, () -> new LocalDefinition(name, basis, areas));
    }

    private static LocalArea area(Fields f, String p, AreaDto d) {
        int before = f.reading().problemCount();
        String form = f.required(p + ".form", d.form());
        if (form == null) {
            return null;
        }
        switch (form) {
            case DISTRICTS -> {
                only(f, p, form, d.type() == null && d.codes() == null && d.names() == null && d.centre() == null
                        && d.distance() == null && d.unit() == null, "districts");
                List<String> districts = texts(f, p + ".districts", f.required(p + ".districts", d.districts()));
                return Values.build(f, p, before, () -> new LocalArea.PostcodeDistricts(districts));
            }
            case AREAS -> {
                only(f, p, form, d.districts() == null && d.centre() == null && d.distance() == null && d.unit() == null,
                        "type, codes and names");
                LocalArea.AreaType type = Values.constant(f, p + ".type", d.type(), LocalArea.AreaType.class, "area type");
                List<String> codes = texts(f, p + ".codes", f.required(p + ".codes", d.codes()));
                List<String> names = texts(f, p + ".names", d.names());
                return Values.build(f, p, before, () -> new LocalArea.AdministrativeAreas(type, codes, names));
            }
            case RADIUS -> {
                only(f, p, form, d.districts() == null && d.type() == null && d.codes() == null && d.names() == null,
                        "centre, distance and unit");
                String centre = f.text(p + ".centre", d.centre());
                BigDecimal distance = Values.positive(f, p + ".distance", d.distance());
                LocalArea.DistanceUnit unit = Values.constant(f, p + ".unit", d.unit(), LocalArea.DistanceUnit.class,
                        "distance unit");
                return Values.build(f, p, before, () -> new LocalArea.Radius(centre, distance, unit));
            }
            default -> {
                f.problem(p + ".form", "unknown area form '" + form + "': expected one of " + DISTRICTS + ", " + AREAS + ", "
                        + RADIUS);
                return null;
            }
        }
    }

    private static void only(Fields f, String p, String form, boolean clean, String members) {
        if (!clean) {
            f.problem(p, "an area of form '" + form + "' has only the members " + members);
        }
    }

    private static List<String> texts(Fields f, String p, List<String> values) {
        List<String> out = new ArrayList<>();
        List<String> list = Fields.list(values);
        for (int i = 0; i < list.size(); i++) {
            String t = f.text(p + "[" + i + "]", list.get(i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }
}
