package io.github.svtoms.ocds;

import java.util.List;

/** Hand-written OCDS for tests: single quotes stand for double quotes, to keep the JSON readable. */
final class Json {
    /**
     * A release: Kent County Council buys home care (CPV 85310000), 2,400,000.00 GBP net and
     * 2,880,000.00 gross, 2025-04-01 to 2028-03-31, tender period from 2025-01-10, suitable for SMEs and
     * VCSEs; one lot "North" of 1,000,000 GBP for 36 months with price 50 %, service quality 40 % and
     * social value 10 %, each weight in {@code numbers[]} as percentageExact.
     */
    static final String RELEASE = """
            {'ocid':'ocds-test-1','id':'r1','date':'2025-03-01T00:00:00Z','tag':['tender'],
             'buyer':{'id':'b1','name':'Kent County Council'},
             'parties':[{'id':'b1','name':'Kent County Council','roles':['buyer'],
                'details':{'classifications':[{'scheme':'TED_CA_TYPE','id':'Regional or local authority'}]}}],
             'tender':{'id':'t1','title':'Home care','mainProcurementCategory':'services',
               'classification':{'scheme':'CPV','id':'85310000'},
               'value':{'amount':2400000.00,'amountGross':2880000.00,'currency':'GBP'},
               'contractPeriod':{'startDate':'2025-04-01T00:00:00Z','endDate':'2028-03-31T23:59:59Z'},
               'tenderPeriod':{'startDate':'2025-01-10T00:00:00Z','endDate':'2025-02-10T12:00:00Z'},
               'suitability':{'sme':true,'vcse':true},
               'lots':[{'id':'1','title':'North','value':{'amount':1000000,'currency':'GBP'},
                 'contractPeriod':{'durationInMonths':36},
                 'awardCriteria':{'criteria':[
                   {'type':'price','name':'Price','numbers':[{'number':50,'weight':'percentageExact'}]},
                   {'type':'quality','name':'Service quality','numbers':[{'number':40,'weight':'percentageExact'}]},
                   {'type':'quality','name':'Social value','numbers':[{'number':10,'weight':'percentageExact'}]}]}}]}}
            """;

    private Json() {
    }

    /** The text with every single quote turned into a double quote. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** Reads single-quoted JSON with the standard reader. */
    static OcdsDocument read(String singleQuoted) {
        return OcdsReader.standard().readJson(json(singleQuoted), "test.json");
    }

    /** The only notice of single-quoted JSON that reads without a problem. */
    static Notice notice(String singleQuoted) {
        OcdsDocument d = read(singleQuoted);
        if (!d.problems().isEmpty() || d.notices().size() != 1) {
            throw new AssertionError("expected one notice and no problem: " + d.problems() + ", " + d.notices().size());
        }
        return d.notices().get(0);
    }

    /** A release whose tender is the given members (single-quoted), with the release's buyer party. */
    static Notice tender(String members) {
        return notice("{'ocid':'ocds-t','tag':['tender'],'buyer':{'id':'b1','name':'A buyer'},"
                + "'parties':[{'id':'b1','name':'A buyer','roles':['buyer']}],'tender':{" + members + "}}");
    }

    /** A tender with one lot whose award criteria are the given criteria list (single-quoted). */
    static ContractReading criteria(String criteriaList) {
        Notice n = tender("'mainProcurementCategory':'services','value':{'amount':100,'currency':'GBP'},"
                + "'lots':[{'id':'1','contractPeriod':{'durationInDays':365},'awardCriteria':{'criteria':"
                + criteriaList + "}}]");
        return n.lots().get(0);
    }

    static List<ReasonKind> kinds(List<Reason> reasons) {
        return reasons.stream().map(Reason::kind).toList();
    }
}
