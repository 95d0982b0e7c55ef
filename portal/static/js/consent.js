/* Cookie consent, progressive enhancement: the banner's forms work without this file.
   With it, a decision takes effect at once (no reload): scripts and embeds of the allowed
   categories are switched on, the banner closes and focus returns where it was. */
(function () {
    "use strict";

    function activate(allowed) {
        document.querySelectorAll("template[data-consent-category]").forEach(function (template) {
            if (allowed.indexOf(template.getAttribute("data-consent-category")) === -1) { return; }
            var content = document.importNode(template.content, true);
            content.querySelectorAll("script").forEach(function (inert) {
                var script = document.createElement("script");
                Array.prototype.forEach.call(inert.attributes, function (attribute) {
                    script.setAttribute(attribute.name, attribute.value);
                });
                script.textContent = inert.textContent;
                inert.parentNode.replaceChild(script, inert);
            });
            var placeholder = template.closest("[data-consent-placeholder]");
            if (placeholder) {
                // Focus goes to the video that replaced the button the visitor pressed.
                var frame = content.querySelector(".video__frame");
                var hadFocus = placeholder.contains(document.activeElement);
                placeholder.replaceWith(content);
                if (frame && hadFocus) {
                    frame.setAttribute("tabindex", "-1");
                    frame.focus();
                }
            } else {
                template.replaceWith(content);
            }
        });
    }

    function post(form, action) {
        var data = new FormData(form);
        if (action) { data.set("action", action); }
        // form.action would be the buttons named "action"; the attribute is the address.
        return fetch(form.getAttribute("action"), { method: "POST", body: data, headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) { throw new Error(response.status); }
                return response.json();
            });
    }

    function reflect(allowed) {
        document.querySelectorAll("#consent-settings input[name]").forEach(function (box) {
            box.checked = allowed.indexOf(box.name) !== -1;
        });
    }

    function setUpPlaceholders() {
        document.querySelectorAll("[data-consent-placeholder] form").forEach(function (form) {
            form.addEventListener("submit", function (event) {
                if (!window.fetch) { return; }
                event.preventDefault();
                post(form).then(function (result) {
                    reflect(result.allowed);
                    activate(result.allowed);
                    var banner = document.querySelector("[data-consent-banner]");
                    if (banner) { banner.hidden = true; }
                }).catch(function () { form.submit(); });
            });
        });
    }

    function setUp() {
        setUpPlaceholders();
        var banner = document.querySelector("[data-consent-banner]");
        var returnFocusTo = null;
        if (!banner) { return; }
        var form = banner.querySelector("form");
        var settings = banner.querySelector("#consent-settings");
        var opener = banner.querySelector("[data-consent-open-settings]");
        var heading = banner.querySelector("#consent-title");

        function open(showSettings) {
            returnFocusTo = document.activeElement;
            banner.hidden = false;
            if (showSettings) {
                settings.hidden = false;
                if (opener) { opener.hidden = true; }
            }
            heading.focus();
        }
        function close() {
            // Focus moves back only if it was still in the banner: a visitor who went on
            // (say, to a video's "allow" button) before the answer came keeps their place.
            var focusWasInBanner = banner.contains(document.activeElement) || document.activeElement === document.body;
            banner.hidden = true;
            if (!focusWasInBanner) { return; }
            var target = returnFocusTo && document.body.contains(returnFocusTo) ? returnFocusTo : document.getElementById("main");
            if (target) { target.focus(); }
        }

        if (opener) {
            opener.addEventListener("click", function (event) {
                event.preventDefault();
                settings.hidden = false;
                opener.hidden = true;
                settings.querySelector("input:not([disabled])").focus();
            });
        }
        form.addEventListener("submit", function (event) {
            var button = event.submitter;
            if (!window.fetch || !button) { return; }
            event.preventDefault();
            post(form, button.value)
                .then(function (result) {
                    reflect(result.allowed);
                    activate(result.allowed);
                    close();
                })
                .catch(function () {
                    // form.submit() sends no button: the one pressed goes along as a field.
                    var chosen = document.createElement("input");
                    chosen.type = "hidden";
                    chosen.name = "action";
                    chosen.value = button.value;
                    form.appendChild(chosen);
                    form.submit();
                });
        });
        document.querySelectorAll("[data-consent-reopen]").forEach(function (link) {
            link.addEventListener("click", function (event) {
                event.preventDefault();
                open(true);
            });
        });
        if (!banner.hidden) {
            returnFocusTo = null;
            heading.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", setUp);
}());
