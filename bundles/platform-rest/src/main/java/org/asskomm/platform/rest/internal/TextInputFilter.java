package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.PathSegment;

import org.asskomm.platform.api.error.FieldError;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Refuses query parameters and path segments the databases cannot store (see {@link StorableText}) with a 400
 * naming the parameter, before any resource sees them; JSON bodies are checked by {@link Json}'s string reader.
 * One place for every module, so that no module's SQL meets a NUL.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.TEXT_INPUT)
@PreMatching
public class TextInputFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (!StorableText.isStorable(param.getKey()) || param.getValue().stream().anyMatch(v -> !StorableText.isStorable(v))) {
                errors.add(FieldError.of(StorableText.isStorable(param.getKey()) ? param.getKey() : "query",
                        StorableText.MESSAGE));
            }
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (!StorableText.isStorable(segment.getPath())) {
                errors.add(FieldError.of("path", StorableText.MESSAGE));
                break;
            }
        }
        if (!errors.isEmpty()) {
            UnreadBody.abortWith(request, Problems.response(400, "validation", errors));
        }
    }
}
