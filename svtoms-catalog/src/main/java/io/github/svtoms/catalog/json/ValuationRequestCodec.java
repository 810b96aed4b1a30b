package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ProxyTableDigest;
import io.github.svtoms.catalog.ReferenceDataDigest;
import io.github.svtoms.catalog.json.ValuationDtos.CommitmentDto;
import io.github.svtoms.catalog.json.ValuationDtos.ContractDto;
import io.github.svtoms.catalog.json.ValuationDtos.RequestDiscountingDto;
import io.github.svtoms.catalog.json.ValuationDtos.InlineProxyDto;
import io.github.svtoms.catalog.json.ValuationDtos.ProxyTableUsedDto;
import io.github.svtoms.catalog.json.ValuationDtos.ReportDetailsDto;
import io.github.svtoms.catalog.json.ProxyDtos.IndexDto;
import io.github.svtoms.catalog.json.ValuationDtos.RequestDocument;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.ReportDetails;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.WageArea;
import io.github.svtoms.core.FileIds;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-valuation-request/1}: strict reading into a {@link ValuationRequest}
 * against a catalogue, reference data and proxy tables; canonical writing. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValuationRequestCodec {
    /** The format tag, that of {@link Formats#VALUATION_REQUEST}. */
    public static final String FORMAT = Formats.VALUATION_REQUEST.tag();
    /** The id of a price index given in a request without one. */
    public static final String DEFAULT_INDEX_ID = "request-price-index";
    /** The vintage of a price index given in a request without one. */
    public static final String DEFAULT_INDEX_VINTAGE = "as given in the request";
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final String FRACTION = "a fraction between 0 and 1";
    private static final BigDecimal MAX_HOURS = new BigDecimal("8784");

    private ValuationRequestCodec() {
    }

    /**
     * Reads a request.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param catalogue the catalogue the measures must be in
     * @param reference the reference data whose first price index is the default; attached to the request
     *        ({@link ValuationRequest#reference()}), so that proxies that follow the years find their series
     * @param tables the proxy tables {@code proxyTable} may name; the first is the default
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(InputStream in, String file, Catalogue catalogue, ReferenceData reference,
                                        List<ProxyTable> tables) {
        Reading reading = new Reading(file);
        RequestDocument d = reading.bind(in, "valuation-request", RequestDocument.class, RequestDocument.EMPTY);
        Fields f = new Fields(reading);
        Currency currency = f.currency("$.currency", d.currency());
        PriceYear priceYear = Provenances.priceYear(f, "$.priceYear", d.priceYear());
        Contract contract = d.contract() == null ? null : contract(f, d.contract(), currency);
        Discounting discounting = discounting(f, d.discounting(), reference);
        LocalDate contractStart = d.contractStart() == null ? null : Values.date(f, "$.contractStart", d.contractStart());
        BigDecimal hours = d.hoursPerFte() == null ? null : hoursPerFte(f, d.hoursPerFte());
        PriceIndex index = d.priceIndex() == null ? reference.priceIndices().stream().findFirst().orElse(null)
                : priceIndex(f, d.priceIndex());
        if (index != null && priceYear != null && !index.contains(priceYear)) {
            f.problem("$.priceYear", "price year '" + priceYear + "' is not in price index '" + index.id()
                    + "': figures can only be reported in a year the index has");
        }
        ReportDetails details = d.report() == null ? ReportDetails.NONE : details(f, d.report());
        ProxyTable table = table(f, d.proxyTable(), tables, currency);
        if (d.proxyTableUsed() != null) {
            checkTableUsed(f, d.proxyTableUsed(), d.proxyTable(), table, tables);
        }
        if (d.referenceUsed() != null) {
            checkReferenceUsed(f, d.referenceUsed(), reference);
        }
        f.required("$.commitments", d.commitments());
        List<CommitmentLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<CommitmentDto> list = Fields.list(d.commitments());
        for (int i = 0; i < list.size(); i++) {
            String p = "$.commitments[" + i + "]";
            CommitmentLine line = line(f, p, list.get(i), currency, catalogue);
            String id = list.get(i).id();
            if (id != null && Limits.identifierProblem(id) == null) {
                Integer first = seen.putIfAbsent(id, i);
                if (first != null) {
                    f.problem(p + ".id", "duplicate commitment id '" + id + "' (first at $.commitments[" + first
                            + "]): line ids are unique within a request");
                }
            }
            if (line != null) {
                if (index != null || d.priceIndex() == null) {
                    checkRebasing(f, p, line, table, index, priceYear);
                }
                lines.add(line);
            }
        }
        reading.throwIfProblems();
        try {
            ValuationRequest.Builder b = ValuationRequest.builder(currency, priceYear, catalogue).discounting(discounting)
                    .lines(lines).details(details).reference(reference);
            if (contractStart != null) {
                b.contractStart(contractStart);
            }
            if (hours != null) {
                b.hoursPerFte(hours);
            }
            if (contract != null) {
                b.contract(contract);
            }
            if (index != null) {
                b.priceIndex(index);
            }
            if (table != null) {
                b.proxyTable(table);
            }
            return b.build();
        } catch (SvtomsException e) {
            reading.problem("$", e.getMessage());
            reading.throwIfProblems();
            throw e;
        }
    }

    private static Contract contract(Fields f, ContractDto c, Currency currency) {
        BigDecimal value = f.decimal("$.contract.value", c.value());
        if (value != null && value.signum() <= 0) {
            f.problem("$.contract.value", "invalid contract value '" + c.value() + "': must be greater than 0");
            value = null;
        }
        value = f.statedMoney("$.contract.value", value, currency, true);
        Integer years = f.contractYears("$.contract.years", f.required("$.contract.years", c.years()));
        return value == null || years == null || currency == null ? null : new Contract(Money.of(value, currency), years);
    }

    /** Paid hours per FTE in a year: greater than 0, at most the 8,784 hours of a leap year. */
    private static BigDecimal hoursPerFte(Fields f, String value) {
        BigDecimal v = f.decimal("$.hoursPerFte", value);
        if (v != null && (v.signum() <= 0 || v.compareTo(MAX_HOURS) > 0)) {
            f.problem("$.hoursPerFte", "invalid hoursPerFte '" + value + "': paid hours per full-time equivalent in a"
                    + " year are greater than 0 and at most 8784 (the hours in a leap year)");
            return null;
        }
        return v;
    }

    /**
     * The discounting: the standard schedule ({@code schedule} or {@code constantRate}; Green Book when absent), the
     * health schedule ({@code healthSchedule}: {@code none} or a schedule id; when absent, green-book-health with the
     * Green Book standard schedule and none otherwise, see {@link #defaultHealth}) and the year indexing.
     */
    private static Discounting discounting(Fields f, RequestDiscountingDto d, ReferenceData reference) {
        if (d == null) {
            return Discounting.greenBook();
        }
        Discounting standard = standardDiscounting(f, d);
        if (d.healthSchedule() == null) {
            return standard == null ? null : defaultHealth(standard.schedule())
                    .map(standard::withHealth).orElse(standard);
        }
        Optional<DiscountSchedule> health = "none".equals(d.healthSchedule()) ? Optional.empty()
                : Optional.ofNullable(f.oneOf("$.discounting.healthSchedule", d.healthSchedule(),
                        id -> healthSchedule(id, reference)));
        if (standard == null || !"none".equals(d.healthSchedule()) && health.isEmpty()) {
            return null;
        }
        return new Discounting(standard.schedule(), standard.firstYear(), health);
    }

    /**
     * The health schedule a request has when it names none: {@code green-book-health} with the Green Book standard
     * schedule (as {@link Discounting#greenBook()}), none with any other.
     */
    private static Optional<DiscountSchedule> defaultHealth(DiscountSchedule standard) {
        return standard.equals(DiscountSchedule.greenBook()) ? Optional.of(DiscountSchedule.greenBookHealth())
                : Optional.empty();
    }

    /** A health schedule by id: a built-in schedule, else one of the reference data's. */
    private static DiscountSchedule healthSchedule(String id, ReferenceData reference) {
        if (List.of("green-book", "green-book-health").contains(id)) {
            return schedule(id);
        }
        return reference.discountSchedule(id).orElseThrow(() -> new InvalidValueException("unknown health discount"
                + " schedule '" + id + "': expected none, green-book, green-book-health"
                + reference.discountSchedules().stream().map(DiscountSchedule::id)
                .filter(s -> !List.of("none", "green-book", "green-book-health").contains(s))
                .map(s -> ", " + s).reduce("", String::concat) + " (a schedule of the reference data)"));
    }

    private static Discounting standardDiscounting(Fields f, RequestDiscountingDto d) {
        YearIndexing firstYear = d.firstYear() == null ? YearIndexing.FIRST_YEAR_UNDISCOUNTED
                : f.oneOf("$.discounting.firstYear", d.firstYear(), YearIndexing::fromId);
        DiscountSchedule schedule = DiscountSchedule.greenBook();
        if (d.schedule() != null && d.constantRate() != null) {
            f.problem("$.discounting.constantRate", "give either 'schedule' or 'constantRate', not both: schedule '"
                    + d.schedule() + "' and constant rate '" + d.constantRate() + "'");
            return null;
        }
        if (d.schedule() != null) {
            schedule = f.oneOf("$.discounting.schedule", d.schedule(), ValuationRequestCodec::schedule);
        } else if (d.constantRate() != null) {
            BigDecimal rate = f.decimal("$.discounting.constantRate", d.constantRate());
            if (rate != null && (rate.signum() < 0 || rate.compareTo(ONE) >= 0)) {
                f.problem("$.discounting.constantRate", "'" + d.constantRate()
                        + "' is out of range: a constant discount rate is at least 0 and below 1");
                rate = null;
            }
            schedule = rate == null ? null : DiscountSchedule.constant(rate);
        }
        return schedule == null || firstYear == null ? null : new Discounting(schedule, firstYear);
    }

    private static DiscountSchedule schedule(String name) {
        return switch (name) {
            case "none" -> DiscountSchedule.none();
            case "green-book" -> DiscountSchedule.greenBook();
            case "green-book-health" -> DiscountSchedule.greenBookHealth();
            default -> throw new InvalidValueException("unknown discount schedule '" + name
                    + "': expected none, green-book or green-book-health (or give a constantRate instead)");
        };
    }

    private static PriceIndex priceIndex(Fields f, IndexDto d) {
        int before = f.reading().problemCount();
        String id = d.id() == null ? DEFAULT_INDEX_ID : f.id("$.priceIndex.id", d.id());
        String name = f.text("$.priceIndex.name", d.name());
        String vintage = d.vintage() == null ? DEFAULT_INDEX_VINTAGE : f.text("$.priceIndex.vintage", d.vintage());
        String release = f.optionalText("$.priceIndex.release", d.release());
        String base = f.optionalText("$.priceIndex.base", d.base());
        Provenance provenance = d.provenance() == null ? null
                : Provenances.read(f, "$.priceIndex.provenance", d.provenance());
        Map<PriceYear, BigDecimal> values = Provenances.values(f, "$.priceIndex.values", d.values());
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return Provenances.priceIndex(id, name, vintage, release, base, provenance, values);
        } catch (SvtomsException e) {
            f.problem("$.priceIndex", e.getMessage());
            return null;
        }
    }

    private static ReportDetails details(Fields f, ReportDetailsDto d) {
        String title = f.optionalText("$.report.title", d.title());
        String buyer = f.optionalText("$.report.buyer", d.buyer());
        String supplier = f.optionalText("$.report.supplier", d.supplier());
        String contract = f.optionalText("$.report.contract", d.contract());
        LocalDate date = d.date() == null ? null : Values.date(f, "$.report.date", d.date());
        return new ReportDetails(Optional.ofNullable(title), Optional.ofNullable(buyer), Optional.ofNullable(supplier),
                Optional.ofNullable(contract), Optional.ofNullable(date));
    }

    /**
     * The reference data a request was written with must be the reference data it is read with (its default price
     * index, carbon values and wage rates value the lines); otherwise the problem names both hashes.
     */
    private static void checkReferenceUsed(Fields f, ValuationDtos.ReferenceUsedDto d, ReferenceData reference) {
        String sha = f.sha256("$.referenceUsed.sha256", d.sha256());
        if (sha == null) {
            return;
        }
        ReferenceDataDigest written = new ReferenceDataDigest(sha);
        ReferenceDataDigest given = ReferenceDataDigest.of(reference);
        if (!written.equals(given)) {
            f.problem("$.referenceUsed.sha256", "the request was valued with reference data " + written.describe()
                    + " but is read with reference data " + given.describe() + ": its default price index, carbon values"
                    + " or wage rates may differ, so reading it would value it again with other figures; give the"
                    + " reference data it was written with");
        }
    }

    /**
     * The table a request was written with must be the table it is read with: same id, edition and content hash.
     * Otherwise reading it would value it again with other figures, silently; the problem names both tables.
     */
    private static void checkTableUsed(Fields f, ProxyTableUsedDto d, String named, ProxyTable table,
                                       List<ProxyTable> tables) {
        ProxyTableDigest written = ValuationReportCodec.readTableUsed(f, d);
        if (written == null) {
            return;
        }
        String id = written.id();
        if (named != null && !named.equals(id)) {
            f.problem("$.proxyTableUsed.id", "proxy table used " + written.describe() + " is not the table the request"
                    + " names, '" + named + "'");
            return;
        }
        if (named != null && table == null) {
            return; // the unknown table is already reported, with the tables given
        }
        if (table == null) {
            f.problem("$.proxyTableUsed", "the request was valued with proxy table " + written.describe()
                    + " but no proxy table was given: give that table to read it");
            return;
        }
        ProxyTableDigest given = ProxyTableDigest.of(table);
        if (!given.equals(written)) {
            f.problem("$.proxyTableUsed", "the request was valued with proxy table " + written.describe()
                    + " but is read with proxy table " + given.describe() + ": reading it would value it again with"
                    + " other figures; give the table it was valued with"
                    + (tables.size() > 1 ? " (the tables given are " + String.join(", ",
                    tables.stream().map(ProxyTable::id).toList()) + ")" : ""));
        }
    }

    private static ProxyTable table(Fields f, String name, List<ProxyTable> tables, Currency currency) {
        ProxyTable table;
        String path;
        if (name == null) {
            table = tables.isEmpty() ? null : tables.get(0);
            path = "$.currency";
        } else {
            String id = f.id("$.proxyTable", name);
            if (id == null) {
                return null;
            }
            table = tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
            path = "$.proxyTable";
            if (table == null) {
                f.problem(path, "unknown proxy table '" + name + "': " + (tables.isEmpty() ? "no proxy table was given"
                        : "the tables given are " + String.join(", ", tables.stream().map(ProxyTable::id).toList())));
                return null;
            }
        }
        if (table != null && currency != null && !table.currency().equals(currency)) {
            f.problem(path, "proxy table '" + table.id() + "' is in " + table.currency().getCurrencyCode()
                    + " but the request is in " + currency.getCurrencyCode() + " (svtoms never converts currencies)");
            return null;
        }
        return table;
    }

    /**
     * Maps one commitment (an element of {@code commitments}, or one record of the commitment lines format)
     * to a line, recording every problem at its path under {@code p}.
     *
     * @return the line, or null when it has a problem
     */
    static CommitmentLine line(Fields f, String p, CommitmentDto c, Currency currency, Catalogue catalogue) {
        int before = f.reading().problemCount();
        String id = f.identifier(p + ".id", c.id());
        String measure = f.id(p + ".measure", c.measure());
        if (measure != null && catalogue.measure(MeasureId.of(measure)).isEmpty()) {
            f.problem(p + ".measure", "unknown measure '" + measure + "': the catalogue has no measure with this id");
        }
        BigDecimal quantity = f.decimal(p + ".quantity", c.quantity());
        if (quantity != null && quantity.signum() < 0) {
            f.problem(p + ".quantity", "invalid quantity '" + c.quantity() + "': must not be negative (quantities are in"
                    + " the measure's unit)");
        }
        Integer startYear = c.startYear() == null ? Integer.valueOf(1) : f.contractYears(p + ".startYear", c.startYear());
        Integer duration = c.duration() == null ? Integer.valueOf(1) : f.contractYears(p + ".duration", c.duration());
        if (startYear != null && duration != null && startYear + duration - 1 > Limits.MAX_CONTRACT_YEARS) {
            f.problem(c.duration() == null ? p + ".startYear" : p + ".duration", "invalid duration " + duration
                    + " from start year " + startYear + ": the last benefit year " + (startYear + duration - 1)
                    + " is beyond " + Limits.MAX_CONTRACT_YEARS + " (svtoms's limit on contract years)");
        }
        BigDecimal deadweight = fraction(f, p + ".deadweight", c.deadweight(), null);
        BigDecimal displacement = fraction(f, p + ".displacement", c.displacement(), BigDecimal.ZERO);
        BigDecimal attribution = fraction(f, p + ".attribution", c.attribution(), BigDecimal.ZERO);
        BigDecimal dropOff = fraction(f, p + ".dropOff", c.dropOff(), BigDecimal.ZERO);
        ProxyValue proxy = c.proxy() == null ? null : proxy(f, p + ".proxy", c.proxy(), currency);
        String evidence = f.optionalText(p + ".evidence", c.evidence());
        String separately = c.countedSeparately() == null ? null : f.text(p + ".countedSeparately", c.countedSeparately());
        DiscountKind kind = c.discountKind() == null ? null : f.oneOf(p + ".discountKind", c.discountKind(),
                v -> FileIds.parse(DiscountKind.class, v, "discount kind"));
        WageArea area = c.wageArea() == null ? null : f.oneOf(p + ".wageArea", c.wageArea(),
                v -> FileIds.parse(WageArea.class, v, "wage area"));
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return new CommitmentLine(id, MeasureId.of(measure), quantity, startYear, duration,
                    Optional.ofNullable(deadweight), displacement, attribution, dropOff, Optional.ofNullable(proxy),
                    Optional.ofNullable(evidence), Optional.ofNullable(separately), Optional.ofNullable(kind),
                    Optional.ofNullable(area));
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    private static BigDecimal fraction(Fields f, String path, String value, BigDecimal absent) {
        return value == null ? absent : f.decimalIn(path, value, BigDecimal.ZERO, ONE, "'" + Fields.last(path)
                + "' is " + FRACTION);
    }

    private static ProxyValue proxy(Fields f, String p, InlineProxyDto d, Currency currency) {
        int before = f.reading().problemCount();
        BigDecimal amount = f.decimal(p + ".amount", d.amount());
        if (amount != null && amount.signum() < 0) {
            f.problem(p + ".amount", "invalid amount '" + d.amount() + "': a proxy value must not be negative");
        }
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", d.priceYear());
        ValueType type = d.valueType() == null ? ValueType.ECONOMIC : f.oneOf(p + ".valueType", d.valueType(),
                ValueType::fromId);
        BigDecimal deadweight = fraction(f, p + ".defaultDeadweight", d.defaultDeadweight(), null);
        Provenance provenance = d.provenance() == null ? Provenance.suppliedInRequest()
                : Provenances.read(f, p + ".provenance", d.provenance());
        String notes = f.optionalText(p + ".notes", d.notes());
        if (f.reading().problemCount() != before || currency == null) {
            return null;
        }
        try {
            return new ProxyValue(Money.of(amount, currency), year, type, Optional.ofNullable(deadweight), provenance,
                    Optional.ofNullable(notes));
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    /** The proxy a line will use must be in the report's price year or rebasable with the index. */
    private static void checkRebasing(Fields f, String p, CommitmentLine line, ProxyTable table, PriceIndex index,
                                      PriceYear priceYear) {
        if (priceYear == null) {
            return;
        }
        String path = line.proxy().isPresent() ? p + ".proxy.priceYear" : p + ".measure";
        Optional<ProxyValue> proxy = line.proxy().isPresent() ? line.proxy()
                : table == null ? Optional.empty() : table.proxyFor(line.measure());
        if (proxy.isEmpty() || proxy.get().priceYear().equals(priceYear)) {
            return;
        }
        PriceYear year = proxy.get().priceYear();
        String what = line.proxy().isPresent() ? "the proxy" : "the proxy for '" + line.measure() + "' in table '"
                + table.id() + "'";
        if (index == null) {
            f.problem(path, what + " is in " + year + " prices and there is no price index to rebase it to " + priceYear);
        } else if (!index.contains(year)) {
            f.problem(path, "price year '" + year + "' of " + what + " is not in price index '" + index.id()
                    + "': it cannot be rebased to " + priceYear);
        }
    }

    /**
     * Writes a request in the canonical form. The price index is omitted when it equals the default
     * (the first index of {@code reference}), the proxy table is written by id, the hours per FTE when they are
     * the default 1950 and the health schedule when it is the default for the standard one. The request's own
     * reference data is not written: a reader attaches the reference data it is given.
     *
     * @param r the request
     * @param reference the reference data a reader will take the default index from
     * @return the JSON text, ending with a newline
     * @throws InvalidValueException when the discount schedule is not one the format can name
     */
    public static String write(ValuationRequest r, ReferenceData reference) {
        Optional<PriceIndex> standard = reference.priceIndices().stream().findFirst();
        return JsonOut.write(FORMAT, new RequestDocument(details(r.details()), r.currency().getCurrencyCode(),
                r.priceYear().toString(),
                r.contract().map(c -> new ContractDto(JsonOut.decimal(c.value().amount()), c.years())).orElse(null),
                r.contractStart().map(LocalDate::toString).orElse(null),
                r.hoursPerFte().compareTo(ValuationRequest.LIVING_WAGE_FOUNDATION_HOURS) == 0
                        && r.hoursPerFte().scale() == 0 ? null : JsonOut.decimal(r.hoursPerFte()),
                discounting(r.discounting(), reference),
                r.priceIndex().filter(i -> !standard.equals(Optional.of(i))).map(ReferenceCodec::index).orElse(null),
                r.proxyTable().map(ProxyTable::id).orElse(null),
                r.proxyTable().map(ProxyTableDigest::of).map(t -> new ProxyTableUsedDto(t.id(), t.edition(), t.sha256()))
                        .orElse(null),
                r.reference().map(x -> new ValuationDtos.ReferenceUsedDto(ReferenceDataDigest.of(x).sha256())).orElse(null),
                r.lines().stream().map(ValuationRequestCodec::line).toList()));
    }

    private static ReportDetailsDto details(ReportDetails d) {
        return d.isEmpty() ? null : new ReportDetailsDto(d.title().orElse(null), d.buyer().orElse(null),
                d.supplier().orElse(null), d.contract().orElse(null), d.date().map(LocalDate::toString).orElse(null));
    }

    private static RequestDiscountingDto discounting(Discounting d, ReferenceData reference) {
        DiscountSchedule s = d.schedule();
        String health = d.health().equals(defaultHealth(s)) ? null : d.health().map(h -> healthId(h, reference))
                .orElse("none");
        if (s.equals(DiscountSchedule.none()) || s.equals(DiscountSchedule.greenBook())
                || s.equals(DiscountSchedule.greenBookHealth())) {
            return new RequestDiscountingDto(s.id(), null, d.firstYear().id(), health);
        }
        if (s.bands().size() == 1 && s.equals(DiscountSchedule.constant(s.bands().get(0).rate()))) {
            return new RequestDiscountingDto(null, JsonOut.decimal(s.bands().get(0).rate()), d.firstYear().id(), health);
        }
        throw new InvalidValueException("discount schedule '" + s.id() + "' cannot be written in " + FORMAT
                + ": a request names none, green-book or green-book-health, or gives a constant rate");
    }

    /** The id a health schedule is written with: a built-in schedule's, or that of an equal reference schedule. */
    private static String healthId(DiscountSchedule h, ReferenceData reference) {
        if (h.equals(DiscountSchedule.greenBook()) || h.equals(DiscountSchedule.greenBookHealth())
                || reference.discountSchedule(h.id()).filter(h::equals).isPresent()) {
            return h.id();
        }
        throw new InvalidValueException("health discount schedule '" + h.id() + "' cannot be written in " + FORMAT
                + ": a request names green-book, green-book-health or a schedule of the reference data, or none");
    }

    private static CommitmentDto line(CommitmentLine l) {
        return new CommitmentDto(l.id(), l.measure().value(), JsonOut.decimal(l.quantity()), l.startYear(), l.duration(),
                JsonOut.decimal(l.deadweight()), JsonOut.decimal(l.displacement()), JsonOut.decimal(l.attribution()),
                JsonOut.decimal(l.dropOff()), l.proxy().map(ValuationRequestCodec::proxy).orElse(null),
                l.evidence().orElse(null), l.countedSeparately().orElse(null),
                l.discountKind().map(DiscountKind::id).orElse(null), l.wageArea().map(WageArea::id).orElse(null));
    }

    private static InlineProxyDto proxy(ProxyValue p) {
        return new InlineProxyDto(JsonOut.decimal(p.amount().amount()), p.priceYear().toString(),
                p.valueType() == ValueType.ECONOMIC ? null : p.valueType().id(), JsonOut.decimal(p.defaultDeadweight()),
                p.provenance().equals(Provenance.suppliedInRequest()) ? null : Provenances.dto(p.provenance()),
                p.notes().orElse(null));
    }
}
