/* Progressive enhancement only: every feature works without this file. */
(function () {
    "use strict";
    var SMALL = window.matchMedia("(max-width: 40rem)");

    function setUpMenu() {
        var toggle = document.querySelector(".main-nav__toggle");
        var list = document.getElementById("main-menu");
        if (!toggle || !list) { return; }
        function apply() {
            if (SMALL.matches) {
                toggle.hidden = false;
                var open = toggle.getAttribute("aria-expanded") === "true";
                list.classList.toggle("is-collapsed", !open);
            } else {
                toggle.hidden = true;
                list.classList.remove("is-collapsed");
            }
        }
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", open ? "false" : "true");
            apply();
        });
        /* Escape closes the open menu while focus is in it (or on its button) and puts focus
           back on the button, so it is never lost inside a list that has just been hidden. */
        toggle.parentNode.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && SMALL.matches && toggle.getAttribute("aria-expanded") === "true") {
                event.preventDefault();
                toggle.setAttribute("aria-expanded", "false");
                apply();
                toggle.focus();
            }
        });
        SMALL.addEventListener("change", apply);
        apply();
    }

    /* The print button is a real button only where it can work: it stays hidden without
       JavaScript (the browser's own Print command prints the same clean version). */
    function setUpPrint() {
        if (typeof window.print !== "function") { return; }
        document.querySelectorAll("button[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
    }

    function focusFormErrors() {
        var summary = document.getElementById("form-errors");
        if (summary) { summary.focus(); }
    }

    /* Report-title suggestions for search boxes: the ARIA 1.2 combobox pattern (list
       autocomplete). Without this script the box is a plain search field. */
    function setUpSuggestions(input, index) {
        var url = input.getAttribute("data-suggestions-url");
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = null;
        var lastQuery = "";
        list.id = "suggestions-" + index;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-suggestions-label"));
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }
        function highlight(position) {
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === position ? "true" : "false");
            });
            active = position;
            if (position >= 0) {
                input.setAttribute("aria-activedescendant", options[position].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }
        function show(suggestions) {
            list.innerHTML = "";
            options = suggestions.map(function (suggestion, i) {
                var option = document.createElement("li");
                option.id = list.id + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = suggestion.title;
                option.dataset.url = suggestion.url;
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = suggestion.url;
                });
                list.appendChild(option);
                return option;
            });
            status.textContent = options.length ? options.length + " – " + list.getAttribute("aria-label") : "";
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                highlight(-1);
            } else {
                close();
            }
        }
        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) { return; }
            lastQuery = query;
            if (query.length < 3) { show([]); return; }
            fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (input.value.trim() === query) { show(data.suggestions); } })
                .catch(function () { show([]); });
        }
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 200);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden && event.key !== "ArrowDown") { return; }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (list.hidden && options.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
                highlight(Math.min(active + 1, options.length - 1));
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(Math.max(active - 1, -1));
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = options[active].dataset.url;
            } else if (event.key === "Escape") {
                // Close the list only; the search field keeps what was typed.
                event.preventDefault();
                close();
            }
        });
        input.addEventListener("blur", close);
    }

    document.addEventListener("DOMContentLoaded", function () {
        setUpMenu();
        setUpPrint();
        focusFormErrors();
        if (window.fetch) {
            document.querySelectorAll("input[data-suggestions-url]").forEach(setUpSuggestions);
        }
    });
}());
