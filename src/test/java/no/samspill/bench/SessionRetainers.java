package no.samspill.bench;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names what a session holds, which the class histogram cannot: it walks the object graph from each HTTP session's
 * attributes (reflection), stops at what the application shares (everything reachable from the Spring context
 * and the Vaadin service, computed first), and adds up the shallow sizes (compressed oops, 12-byte headers, 8-byte
 * alignment) of what is left, by class and by the first steps of the path that reached it. An estimate for finding
 * the largest retainers, not an exact retained size. The JDK's internals are read only with
 * {@code --add-opens java.base/java.util=ALL-UNNAMED} and the like in MAVEN_OPTS; without them they count as leaves.
 */
final class SessionRetainers implements HttpSessionListener {

    private final Set<HttpSession> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** Prints the per-session averages of the largest classes and paths. {@code shared}: the application's roots;
     * {@code journeys}: what the sessions do, in turn. */
    void report(List<String> journeys, Object... shared) {
        long start = System.nanoTime();
        Set<Object> global = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> stops = Collections.newSetFromMap(new IdentityHashMap<>());
        List<HttpSession> all = new ArrayList<>(sessions);
        for (HttpSession s : all) {
            stops.add(s);
            stops.add(unwrap(s));
        }
        walk(List.of(shared), global, stops, null, null);
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, long[]> byPath = new HashMap<>();
        long total = 0;
        // one set for all sessions: what two sessions share (reachable only through static fields) counts once
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(stops);
        // in the order they were opened, so that the n-th is the n-th journey of the load benchmark (Journeys)
        all.sort(java.util.Comparator.comparingLong(HttpSession::getCreationTime));
        long[] byJourney = new long[journeys.size()];
        for (int i = 0; i < all.size(); i++) {
            Object s = unwrap(all.get(i));
            seen.remove(s);
            long size = walk(List.of(s), seen, global, byClass, byPath);
            byJourney[i % byJourney.length] += size;
            total += size;
        }
        int n = all.size();
        System.out.printf(Locale.ROOT, "%n=== what a session holds (object graph from %d sessions, %d objects shared, %.1f s)"
                + " ===%nper session: %.0f KB%n", n, global.size(), (System.nanoTime() - start) / 1e9,
                total / (double) n / 1024);
        for (int j = 0; j < byJourney.length; j++) {
            System.out.printf(Locale.ROOT, "  %s: %.0f KB per session%n", journeys.get(j),
                    byJourney[j] / Math.ceil((n - j) / (double) byJourney.length) / 1024);
        }
        print("largest classes (KB per session, objects per session):", byClass, n, 25);
        print("largest paths from the session (KB per session, objects per session):", byPath, n, 40);
    }

    /**
     * What the application's shared objects hold, by path, sessions left out: taken with 10 sessions and with 40,
     * the paths that grew name a holder outside the sessions that still grows with them (a registry, a cache).
     */
    Map<String, long[]> sharedPaths(Object... shared) {
        Set<Object> stops = Collections.newSetFromMap(new IdentityHashMap<>());
        for (HttpSession s : sessions) {
            stops.add(s);
            stops.add(unwrap(s));
        }
        Map<String, long[]> byPath = new HashMap<>();
        walk(List.of(shared), Collections.newSetFromMap(new IdentityHashMap<>()), stops, new HashMap<>(), byPath);
        return byPath;
    }

    /** Prints the paths of {@link #sharedPaths} that grew most from {@code before} to {@code after}, per session. */
    static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        System.out.println("largest growth outside the sessions, by path (KB per session, objects per session):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(),
                        new long[2])[0], e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB %7.0f  %s%n", e.getValue()[1]
                        / (double) sessions / 1024, e.getValue()[0] / (double) sessions, e.getKey()));
    }

    /**
     * What the roots alone reach, in bytes: the benchmark's own replayed clients live in the portal's heap, so their
     * parsed pages must come off the heap's growth. {@code stops}: what the roots share with everything else.
     */
    long reach(List<?> roots, Object... stops) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
        shared.addAll(List.of(stops));
        return walk(new ArrayList<>(roots), seen, shared, null, null);
    }

    private static Object unwrap(HttpSession s) {
        // Tomcat's facade holds the StandardSession, whose attributes are what a session costs
        try {
            Field f = s.getClass().getDeclaredField("session");
            f.setAccessible(true);
            return f.get(s);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return s;
        }
    }

    private static void print(String title, Map<String, long[]> sizes, int n, int limit) {
        System.out.println(title);
        sizes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB %7.0f  %s%n", e.getValue()[1] / (double) n
                        / 1024, e.getValue()[0] / (double) n, e.getKey()));
    }

    private record Step(Object object, String path, int depth) {
    }

    private long walk(List<Object> roots, Set<Object> seen, Set<Object> stops, Map<String, long[]> byClass,
            Map<String, long[]> byPath) {
        Deque<Step> todo = new ArrayDeque<>();
        roots.forEach(r -> todo.push(new Step(r, r.getClass().getSimpleName(), 0)));
        long total = 0;
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            Object o = step.object();
            if (o == null || stops.contains(o) || !seen.add(o) || o instanceof Class<?> || o instanceof ClassLoader
                    || o instanceof Thread) {
                continue;
            }
            long size = shallow(o);
            total += size;
            if (byClass != null) {
                add(byClass, o.getClass().getName(), size);
                add(byPath, step.path(), size);
            }
            boolean deeper = step.depth() < 7;
            Class<?> type = o.getClass();
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    int len = Array.getLength(o);
                    for (int i = 0; i < len; i++) {
                        Object e = Array.get(o, i);
                        if (e != null) {
                            todo.push(new Step(e, step.path(), step.depth()));
                        }
                    }
                }
                continue;
            }
            for (Field f : fieldsOf(type)) {
                if (o instanceof Reference<?> && f.getName().equals("referent")) {
                    continue;
                }
                try {
                    Object v = f.get(o);
                    if (v != null) {
                        String path = deeper && !isJdkInternal(type) ? step.path() + "." + f.getName() : step.path();
                        int depth = deeper && !isJdkInternal(type) ? step.depth() + 1 : step.depth();
                        if (deeper && isJdkInternal(type) && !isJdkInternal(v.getClass()) && !v.getClass().isArray()) {
                            // out of a JDK map or list: the holder's class says more than the map's name
                            path = path + "[" + v.getClass().getSimpleName() + "]";
                            depth++;
                        }
                        todo.push(new Step(v, path, depth));
                    }
                } catch (IllegalAccessException e) {
                    // a field of a module not opened: counted as a leaf
                }
            }
        }
        return total;
    }

    /** JDK collections add nothing to a path but their own names: the path stays with the field that holds them. */
    private static boolean isJdkInternal(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    private static void add(Map<String, long[]> sizes, String key, long size) {
        long[] v = sizes.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += size;
    }

    private List<Field> fieldsOf(Class<?> type) {
        return fields.computeIfAbsent(type, t -> {
            List<Field> result = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        result.add(f);
                    } catch (InaccessibleObjectException | SecurityException e) {
                        // not opened to us
                    }
                }
            }
            return result;
        });
    }

    private final Map<Class<?>, Long> sizes = new HashMap<>();

    private long shallow(Object o) {
        Class<?> type = o.getClass();
        if (type.isArray()) {
            int len = Array.getLength(o);
            Class<?> c = type.getComponentType();
            int each = !c.isPrimitive() ? 4 : c == long.class || c == double.class ? 8
                    : c == int.class || c == float.class ? 4 : c == short.class || c == char.class ? 2 : 1;
            return align(16 + (long) len * each);
        }
        return sizes.computeIfAbsent(type, SessionRetainers::instanceSize);
    }

    private static long instanceSize(Class<?> type) {
        long size = 12;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Class<?> t = f.getType();
                size += !t.isPrimitive() ? 4 : t == long.class || t == double.class ? 8
                        : t == int.class || t == float.class ? 4 : t == short.class || t == char.class ? 2 : 1;
            }
        }
        return align(size);
    }

    private static long align(long size) {
        return (size + 7) / 8 * 8;
    }
}
