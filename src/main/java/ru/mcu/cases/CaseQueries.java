package ru.mcu.cases;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for the API, the pages and the task forms. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /**
     * The search's text columns as the trigram indexes of V51 hold them: lower case, «ё» as «е».
     * A query must spell them exactly so for PostgreSQL to use the indexes.
     */
    static final String ADDRESS = "lower(translate(c.address, 'Ёё', 'Ее'))";
    static final String CITIZEN_NAME = "lower(translate(c.citizen_full_name, 'Ёё', 'Ее'))";
    static final String CITIZEN_ADDRESS = "lower(translate(c.citizen_postal_address, 'Ёё', 'Ее'))";

    private final CaseRepository cases;
    private final NamedParameterJdbcTemplate jdbc;

    CaseQueries(CaseRepository cases, NamedParameterJdbcTemplate jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** The case with this number, if there is one (without its history). */
    public Optional<Case> find(String number) {
        return number == null ? Optional.empty() : cases.findByNumber(number);
    }

    /** The case with its history loaded. */
    public Case get(String number) {
        Case c = cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
        // load the history, suspensions and extensions while the session is open
        c.getEvents().size();
        c.getSuspensions().size();
        c.getExtensions().size();
        return c;
    }

    public Page<Case> search(CaseFilter filter, Pageable page) {
        return cases.findAll(matching(filter), page);
    }

    /** The cases matching the filter among those of {@code scope}, filtered in the query itself. */
    public Page<Case> search(CaseFilter filter, CaseAccess.Scope scope, Pageable page) {
        return cases.findAll(matching(filter).and(scope.asSpecification()), page);
    }

    /**
     * The cases of {@code readable} that match the search text, newest receipt first: a number
     * containing the text, a place whose address holds every word, and among the cases of
     * {@code personal} (those whose citizen the user may see) a citizen whose name starts with
     * the first word (the surname) and holds the others, or whose postal address holds every
     * word. Case and «ё» do not matter. A user who may see no citizen cannot find a case by a
     * citizen's name, so he cannot probe names.
     */
    public Page<Case> search(CaseSearchText text, CaseAccess.Scope readable, CaseAccess.Scope personal, Pageable page) {
        SearchQuery query = searchQuery(text, readable, personal);
        if (query == null) {
            return Page.empty(page);
        }
        MapSqlParameterSource params = query.params();
        Long total = jdbc.queryForObject("select count(*) from cases c where " + query.where(), params, Long.class);
        if (total == null || total == 0) {
            return Page.empty(page);
        }
        params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        List<Long> ids = jdbc.queryForList("select c.id from cases c where " + query.where()
                + " order by c.received_at desc, c.id desc limit :limit offset :offset", params, Long.class);
        Map<Long, Case> found = cases.findAllById(ids).stream().collect(Collectors.toMap(Case::getId, Function.identity()));
        List<Case> ordered = ids.stream().map(found::get).filter(Objects::nonNull).toList();
        return new PageImpl<>(ordered, page, total);
    }

    /** The condition of a search over the table {@code cases} aliased {@code c}, with its parameters. */
    record SearchQuery(String where, MapSqlParameterSource params) {
    }

    /**
     * The condition {@link #search(CaseSearchText, CaseAccess.Scope, CaseAccess.Scope, Pageable)}
     * uses: every way to match is an arm of one OR, each served by its trigram index; null when
     * nothing can match.
     */
    static SearchQuery searchQuery(CaseSearchText text, CaseAccess.Scope readable, CaseAccess.Scope personal) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("readableDepartments", readable.departments())
                .addValue("personalDepartments", personal.departments());
        List<String> matches = new ArrayList<>();
        if (text.numberFragment() != null) {
            params.addValue("number", "%" + escapeLike(text.numberFragment()) + "%");
            matches.add("c.number like :number");
        }
        List<String> words = text.words();
        if (!words.isEmpty()) {
            List<String> inAddress = new ArrayList<>();
            List<String> inName = new ArrayList<>();
            List<String> inPostalAddress = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                params.addValue("word" + i, "%" + escapeLike(words.get(i)) + "%");
                inAddress.add(ADDRESS + " like :word" + i);
                inPostalAddress.add(CITIZEN_ADDRESS + " like :word" + i);
                inName.add(i == 0 ? CITIZEN_NAME + " like :surname" : CITIZEN_NAME + " like :word" + i);
            }
            params.addValue("surname", escapeLike(words.get(0)) + "%");
            matches.add("(" + String.join(" and ", inAddress) + ")");
            String personalSql = personal.sql("c", "personalDepartments");
            if (!"false".equals(personalSql)) {
                matches.add("((" + personalSql + ") and " + String.join(" and ", inName) + ")");
                matches.add("((" + personalSql + ") and " + String.join(" and ", inPostalAddress) + ")");
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        return new SearchQuery("(" + readable.sql("c", "readableDepartments") + ") and (" + String.join(" or ", matches) + ")", params);
    }

    /** Every rating the author gave to the case's answers, first round first. */
    public List<RatingRound> ratings(Case c) {
        return jdbc.query("select round, score, comment, rated_at from case_rating where case_id = :id order by round",
                new MapSqlParameterSource("id", c.getId()),
                (rs, i) -> new RatingRound(rs.getInt("round"), rs.getInt("score"), rs.getString("comment"),
                        rs.getTimestamp("rated_at").toInstant()));
    }

    /** The main case this one is linked to, if any. */
    public Optional<Case> mainCaseOf(Case c) {
        return c.getMainCaseId() == null ? Optional.empty() : cases.findById(c.getMainCaseId());
    }

    /** The cases linked to this one as their main case, in receipt order. */
    public List<Case> linkedTo(Case main) {
        return cases.findLinkedTo(main.getId());
    }

    /** The case this appeal was converted from, if any. */
    public Optional<Case> convertedFrom(Case c) {
        return c.getConvertedFromId() == null ? Optional.empty() : cases.findById(c.getConvertedFromId());
    }

    /** The appeals made from this ПОС message or incident. */
    public List<Case> convertedInto(Case source) {
        return cases.findConvertedFrom(source.getId());
    }

    /**
     * The organisations ПОС messages were redirected to, the most frequent first (at most
     * {@code limit}): the moderator's suggestions, so that one name is not spelled three ways.
     */
    public List<String> redirectOrganisations(int limit) {
        return jdbc.queryForList("select forwarded_to from cases where resolution = 'REDIRECTED' and forwarded_to is not null"
                + " group by forwarded_to order by count(*) desc, forwarded_to limit :limit",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("limit", limit), String.class);
    }

    /** The text for a LIKE pattern: its wildcards and the escape character matched literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Specification<Case> matching(CaseFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.department() != null) {
                where.add(cb.equal(root.get("departmentCode"), f.department()));
            }
            if (f.rubric() != null) {
                where.add(cb.or(cb.equal(root.get("rubricCode"), f.rubric()),
                        cb.like(root.get("rubricCode"), f.rubric() + ".%")));
            }
            if (f.channel() != null) {
                where.add(cb.equal(root.get("channel"), f.channel()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("receivedAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
