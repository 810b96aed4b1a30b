package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.ocds.Fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The buyer type from the buyer party's classifications ({@code parties[].details.classifications[]}):
 * {@code TED_CA_TYPE} (EU-era notices, free text in {@code id} or {@code description}), {@code UK_CA_TYPE}
 * (Procurement Act 2023 notices) and {@code COFOG} (the buyer's main activity); and, when they say
 * nothing specific, from the buyer's name. The table and the order of the rules are in
 * {@code README-ocds.md}. Texts are compared without case and with runs of whitespace as one space.
 * Stateless and thread-safe.
 */
final class BuyerTypes {
    /** What a classification says about the buyer. */
    private enum Says {
        CENTRAL, LOCAL, PUBLIC_BODY, SUB_CENTRAL, NAMED_OTHER
    }

    private static final Map<String, Says> TED = Map.ofEntries(
            Map.entry("ministry or any other national or federal authority, including their regional or local subdivisions",
                    Says.CENTRAL),
            Map.entry("ministry or any other national or federal authority", Says.CENTRAL),
            Map.entry("ministry", Says.CENTRAL),
            Map.entry("national or federal agency/office", Says.CENTRAL),
            Map.entry("national_agency", Says.CENTRAL),
            Map.entry("regional or local authority", Says.LOCAL),
            Map.entry("regional_authority", Says.LOCAL),
            Map.entry("regional or local agency/office", Says.LOCAL),
            Map.entry("regional_agency", Says.LOCAL),
            Map.entry("body governed by public law", Says.PUBLIC_BODY),
            Map.entry("body_public", Says.PUBLIC_BODY));

    private static final Map<String, Says> UK = Map.of(
            "publicauthoritycentralgovernment", Says.CENTRAL,
            "publicauthoritysubcentralgovernment", Says.SUB_CENTRAL,
            "publicundertaking", Says.NAMED_OTHER,
            "privateutility", Says.NAMED_OTHER);

    private static final Pattern NHS = Pattern.compile("\\bnhs\\b|\\bhealth board\\b|\\bintegrated care board\\b");
    private static final Pattern LOCAL = Pattern.compile(
            "(?<!research |arts |british |sports |funding )\\bcouncil\\b|\\bcyngor\\b|\\bborough of\\b|\\bcity of london corporation\\b");
    private static final Pattern CENTRAL = Pattern.compile("\\bdepartment (for|of)\\b|\\bministry of\\b|"
            + "\\bhome office\\b|\\bcabinet office\\b|\\bforeign,? commonwealth\\b|\\bhm treasury\\b|\\bhm revenue\\b");

    private BuyerTypes() {
    }

    /** One classification of the buyer party. */
    record Classification(String scheme, String text, String path) {
    }

    /** The classifications of a party's {@code details.classifications}. */
    static List<Classification> classifications(Node party) {
        List<Classification> out = new ArrayList<>();
        for (Node c : party.at("details", "classifications").elements()) {
            Optional<String> scheme = c.get("scheme").text();
            Optional<String> text = c.get("id").text().or(() -> c.get("description").text());
            if (scheme.isPresent() && text.isPresent()) {
                out.add(new Classification(norm(scheme.get()).toUpperCase(Locale.ROOT), text.get(), c.path()));
            }
        }
        return out;
    }

    static Fact<BuyerType> classify(List<Classification> classifications, Optional<String> name, String partyPath) {
        Set<Says> says = new LinkedHashSet<>();
        List<String> seen = new ArrayList<>();
        boolean health = false;
        for (Classification c : classifications) {
            String t = norm(c.text());
            switch (c.scheme()) {
                case "TED_CA_TYPE" -> {
                    says.add(TED.getOrDefault(t, Says.NAMED_OTHER));
                    seen.add("TED_CA_TYPE '" + Texts.shorten(c.text().strip(), 120) + "'");
                }
                case "UK_CA_TYPE" -> {
                    Says s = UK.get(t.replace(" ", ""));
                    if (s != null) {
                        says.add(s);
                        seen.add("UK_CA_TYPE '" + c.text().strip() + "'");
                    }
                }
                case "COFOG" -> {
                    if (t.equals("07") || t.startsWith("07.") || t.equals("health")) {
                        health = true;
                        seen.add("COFOG '" + c.text().strip() + "' (health)");
                    }
                }
                default -> {
                    // other schemes say nothing about the buyer type
                }
            }
        }
        String from = String.join(", ", seen);
        Set<Says> direct = new LinkedHashSet<>(says);
        direct.retainAll(Set.of(Says.CENTRAL, Says.LOCAL));
        boolean publicBody = says.contains(Says.LOCAL) || says.contains(Says.PUBLIC_BODY) || says.contains(Says.SUB_CENTRAL);
        if (health && publicBody && !says.contains(Says.CENTRAL)) {
            return Fact.inferred(BuyerType.NHS, partyPath + ": " + from
                    + ": a public body whose main activity is health is taken as an NHS body");
        }
        if (direct.size() == 1) {
            BuyerType t = direct.contains(Says.CENTRAL) ? BuyerType.CENTRAL_GOVERNMENT : BuyerType.LOCAL_AUTHORITY;
            return Fact.read(t, partyPath + ": " + from);
        }
        if (direct.size() > 1) {
            return Fact.inferred(BuyerType.OTHER, partyPath + ": " + from
                    + " disagree (central and local government), so neither is taken");
        }
        Optional<Fact<BuyerType>> byName = byName(name, partyPath, from);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (says.contains(Says.NAMED_OTHER) && !says.contains(Says.PUBLIC_BODY) && !says.contains(Says.SUB_CENTRAL)) {
            return Fact.read(BuyerType.OTHER, partyPath + ": " + from + " is none of NHS, local authority, central government");
        }
        if (!seen.isEmpty()) {
            return Fact.inferred(BuyerType.OTHER, partyPath + ": " + from
                    + " does not say whether the buyer is NHS, local or central government");
        }
        return Fact.inferred(BuyerType.OTHER, partyPath + ": no buyer classification and nothing in the buyer's name"
                + " says NHS, council or government department");
    }

    private static Optional<Fact<BuyerType>> byName(Optional<String> name, String partyPath, String from) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String n = norm(name.get());
        String before = from.isEmpty() ? "no buyer classification; " : from + " is not specific; ";
        String quoted = "'" + Texts.shorten(name.get().strip(), 80) + "'";
        if (NHS.matcher(n).find()) {
            return Optional.of(Fact.inferred(BuyerType.NHS, partyPath + ": " + before + "the buyer's name " + quoted
                    + " says NHS, health board or integrated care board"));
        }
        if (LOCAL.matcher(n).find()) {
            return Optional.of(Fact.inferred(BuyerType.LOCAL_AUTHORITY, partyPath + ": " + before + "the buyer's name "
                    + quoted + " names a council"));
        }
        if (CENTRAL.matcher(n).find()) {
            return Optional.of(Fact.inferred(BuyerType.CENTRAL_GOVERNMENT, partyPath + ": " + before + "the buyer's name "
                    + quoted + " names a government department"));
        }
        return Optional.empty();
    }

    /** Lower case, trimmed, runs of whitespace as one space. */
    static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
