// NotesSearch: progressive enhancement only. Without this script every page works through plain links and
// a GET form; with it, results follow the typing, the box offers completions, and "/" jumps to it.
(function () {
    "use strict";

    var SEARCH_DELAY = 200;
    var SUGGEST_DELAY = 120;

    // "/" focuses the search box, unless the reader is typing somewhere already.
    document.addEventListener("keydown", function (event) {
        if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
        var target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
        var box = document.querySelector("[data-focus-key]");
        if (!box) return;
        event.preventDefault();
        box.focus();
        box.select();
    });

    // "Press / to search" is true only with script, and only where there is a keyboard (a fine pointer that hovers).
    var keyHint = document.querySelector("[data-key-hint]");
    if (keyHint && window.matchMedia && window.matchMedia("(hover: hover) and (pointer: fine)").matches) keyHint.hidden = false;

    // On a wide screen the filters are always open (CSS does it where ::details-content is known; this does it elsewhere).
    var wide = window.matchMedia ? window.matchMedia("(min-width: 50rem)") : null;
    function openFiltersWhenWide() {
        var filters = document.querySelector("[data-filters]");
        if (filters && wide && wide.matches) filters.open = true;
    }
    openFiltersWhenWide();
    if (wide && wide.addEventListener) wide.addEventListener("change", openFiltersWhenWide);

    var form = document.getElementById("search-form");
    var input = document.getElementById("q");
    // Every other page has the header's box instead: it completes the same way, and a choice submits it.
    var onSearchPage = !!(form && input);
    if (!onSearchPage) {
        form = document.getElementById("header-search");
        input = document.getElementById("header-q");
    }
    if (!form || !input) return;

    // ---- Results as you type --------------------------------------------------------------------

    var searchTimer = 0;
    var searchRequest = null;

    function searchUrl() {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, name) {
            if (String(value).trim() !== "") params.append(name, String(value));
        });
        var query = params.toString();
        return "/" + (query ? "?" + query : "");
    }

    // While typing, the last word is also a prefix ("disag" finds "disaggregation"); the address kept in the
    // history is the exact search, as a submitted form or a shared link reads it.
    function typingUrl(url) {
        return url + (url.indexOf("?") >= 0 ? "&" : "?") + "prefixLast=true";
    }

    var filtersOpen = false;

    function showResults(html, url) {
        var fragment = document.createElement("template");
        fragment.innerHTML = html;
        var body = fragment.content.getElementById("search-body");
        var current = document.getElementById("search-body");
        if (!body || !current) return;
        // Typing must not fold the filters the reader has unfolded, even across an answer that had none to show
        // (a half-typed word that found nothing): the last state seen is remembered.
        var shown = current.querySelector("[data-filters]");
        if (shown) filtersOpen = shown.open;
        current.replaceWith(body);
        var filters = body.querySelector("[data-filters]");
        if (filters && filtersOpen) filters.open = true;
        openFiltersWhenWide();
        var count = document.getElementById("result-count");
        if (count) count.textContent = body.getAttribute("data-count") || "";
        var title = body.getAttribute("data-title");
        if (title) document.title = title + document.title.replace(/^.*( · [^·]*)$/, "$1");
        var feedUrl = body.getAttribute("data-feed");
        var feed = document.getElementById("feed-search");
        if (feedUrl && !feed) {
            feed = document.createElement("link");
            feed.id = "feed-search";
            feed.rel = "alternate";
            feed.type = "application/atom+xml";
            feed.title = "This search as a feed";
            document.head.appendChild(feed);
        }
        if (feed && feedUrl) feed.setAttribute("href", feedUrl);
        history.replaceState(null, "", url);
    }

    function runSearch() {
        var url = searchUrl();
        if (searchRequest) searchRequest.abort();
        var controller = new AbortController();
        searchRequest = controller;
        fetch(typingUrl(url), { headers: { "X-Partial": "results" }, signal: controller.signal })
            .then(function (response) {
                if (!response.ok) throw new Error("search failed: " + response.status);
                return response.text();
            })
            .then(function (html) {
                if (searchRequest === controller) showResults(html, url);
            })
            .catch(function (error) {
                // An aborted request was replaced by a newer one; any other failure leaves the page as it is,
                // and the form still works by submitting it.
                if (error.name !== "AbortError" && window.console) console.warn(error);
            });
    }

    function scheduleSearch() {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(runSearch, SEARCH_DELAY);
    }

    // ---- Completions (ARIA combobox with a listbox) ----------------------------------------------

    var list = document.getElementById(onSearchPage ? "suggestions" : "header-suggestions");
    var suggestTimer = 0;
    var suggestRequest = null;
    var suggestUrl = "/api/suggest";
    var options = [];
    var active = -1;

    // From a keystroke until the answer for the new text is shown, the list on screen answers an older text:
    // aria-busy says so (to assistive technology, and to anyone waiting for the list to settle).
    function settled() {
        list.removeAttribute("aria-busy");
    }

    function closeList() {
        options = [];
        active = -1;
        settled();
        list.hidden = true;
        list.innerHTML = "";
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
        active = index;
        Array.prototype.forEach.call(list.children, function (item, i) {
            item.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        if (index >= 0) input.setAttribute("aria-activedescendant", "suggestion-" + index);
        else input.removeAttribute("aria-activedescendant");
    }

    function showList(items) {
        // A newer answer for the same text must not lose the option the reader has moved to.
        var kept = active >= 0 && options[active] ? options[active].text + "\u0000" + options[active].kind : null;
        options = items.slice(0, 10);
        settled();
        list.innerHTML = "";
        if (options.length === 0) {
            closeList();
            return;
        }
        options.forEach(function (item, i) {
            var option = document.createElement("li");
            option.id = "suggestion-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            var text = document.createElement("span");
            text.textContent = item.text;
            var kind = document.createElement("span");
            kind.className = "kind";
            kind.textContent = item.kind === "topic" ? "topic" : "";
            option.appendChild(text);
            option.appendChild(kind);
            // mousedown, not click: it comes before the input loses focus.
            option.addEventListener("mousedown", function (event) {
                event.preventDefault();
                choose(i);
            });
            list.appendChild(option);
        });
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(options.findIndex(function (item) { return item.text + "\u0000" + item.kind === kept; }));
    }

    function normalise(body) {
        // /api/suggest answers {query, suggestions: [...]}; a bare array is accepted too.
        var items = Array.isArray(body) ? body : body && Array.isArray(body.suggestions) ? body.suggestions : [];
        return items
            .map(function (item) {
                var kind = String(item.kind || "word").toLowerCase();
                return { text: String(item.text || ""), kind: kind, key: item.topicKey || item.key || null };
            })
            .filter(function (item) { return item.text !== ""; });
    }

    function fetchSuggestions(text, url) {
        if (suggestRequest) suggestRequest.abort();
        var controller = new AbortController();
        suggestRequest = controller;
        return fetch(url + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" }, signal: controller.signal })
            .then(function (response) {
                if (!response.ok) return [];
                return response.json();
            });
    }

    function suggest() {
        var text = input.value;
        if (text.trim() === "" || /\s$/.test(text)) {
            closeList();
            return;
        }
        fetchSuggestions(text, suggestUrl)
            .then(function (items) {
                if (input.value !== text) return;
                if (document.activeElement === input) showList(normalise(items));
                else settled();
            })
            .catch(function (error) {
                if (error.name !== "AbortError") closeList();
            });
    }

    function choose(index) {
        var item = options[index];
        closeList();
        if (!item) return;
        if (item.kind === "topic" && item.key) {
            // A topic becomes a filter: drop the half-typed word and add the topic to the search.
            input.value = input.value.replace(/\S*$/, "").trim();
            var topic = document.createElement("input");
            topic.type = "hidden";
            topic.name = "topic";
            topic.value = item.key;
            form.appendChild(topic);
            form.submit();
            return;
        }
        input.value = item.text;
        if (!onSearchPage) {
            form.submit();
            return;
        }
        clearTimeout(searchTimer);
        runSearch();
    }

    input.addEventListener("input", function () {
        if (!list.hidden) list.setAttribute("aria-busy", "true");
        if (onSearchPage) scheduleSearch();
        clearTimeout(suggestTimer);
        suggestTimer = setTimeout(suggest, SUGGEST_DELAY);
    });

    input.addEventListener("keydown", function (event) {
        var open = !list.hidden && options.length > 0;
        if (event.key === "ArrowDown" && open) {
            event.preventDefault();
            highlight((active + 1) % options.length);
        } else if (event.key === "ArrowUp" && open) {
            event.preventDefault();
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === "Enter" && open && active >= 0) {
            event.preventDefault();
            choose(active);
        } else if (event.key === "Escape" && open) {
            event.preventDefault();
            closeList();
        }
    });

    input.addEventListener("blur", function () {
        setTimeout(closeList, 100);
    });

    // A real submit is a real navigation (a history entry); typing only replaces the current one.
    form.addEventListener("submit", function () {
        clearTimeout(searchTimer);
        if (searchRequest) searchRequest.abort();
        closeList();
    });
})();
