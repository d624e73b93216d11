# bash completion for gitlab-api. Generated from the OpenAPI spec by scripts/emit/completions; do not edit.
# Install: copy to $(pkg-config --variable=completionsdir bash-completion)/gitlab-api
# (usually /usr/share/bash-completion/completions/), or: source <(gitlab-api completion bash)

_gitlab_api_commands=('accept-mr' 'add-badge-to-group' 'add-badge-to-project' 'add-deploy-key' 'add-email' 'add-email-for-user' 'add-gpg-key' 'add-gpg-key-for-given-user' 'add-member-to-group-or-project-groups' 'add-member-to-group-or-project-projects' 'add-note-to-existing-commit-discussion' 'add-note-to-existing-issue-discussion' 'add-note-to-existing-merge-request-discussion' 'add-note-to-existing-snippet-discussion' 'add-project-hook' 'add-spent-time-for-issue' 'add-spent-time-for-merge-request' 'add-ssh-key' 'add-ssh-key-for-user' 'add-system-hook' 'approve-access-request-groups' 'approve-access-request-projects' 'archive-project' 'award-emoji-issues' 'award-emoji-merge-requests' 'award-emoji-on-note' 'award-emoji-snippets' 'block-user' 'cancel-job' 'cancel-merge-when-pipeline-succeeds' 'cancel-pipelines-jobs' 'change-application-settings' 'cherry-pick-commit' 'compare-branches-tags-or-commits' 'contributors' 'create-application' 'create-broadcast-message' 'create-commit-discussion' 'create-commit-with-multiple-files-and-actions' 'create-edit-asana-service' 'create-edit-assembla-service' 'create-edit-atlassian-bamboo-ci-service' 'create-edit-buildkite-service-bugzilla' 'create-edit-buildkite-service-buildkite' 'create-edit-campfire-service' 'create-edit-custom-issue-tracker-service' 'create-edit-drone-ci-service' 'create-edit-emails-on-push-service' 'create-edit-external-wiki-service' 'create-edit-flowdock-service' 'create-edit-hangouts-chat-service' 'create-edit-hipchat-service' 'create-edit-irker-irc-gateway-service' 'create-edit-jetbrains-teamcity-ci-service' 'create-edit-jira-service' 'create-edit-kubernetes-service' 'create-edit-mattermost-notifications-service' 'create-edit-mattermost-slash-command-service' 'create-edit-microsoft-teams-service' 'create-edit-mockci-service' 'create-edit-packagist-service' 'create-edit-pipeline-emails-service' 'create-edit-pivotaltracker-service' 'create-edit-prometheus-service' 'create-edit-pushover-service' 'create-edit-redmine-service' 'create-edit-slack-service' 'create-edit-slack-slash-command-service' 'create-environment' 'create-file-in-repository' 'create-forked-from-to-relation-between-existing-projects' 'create-impersonation-token' 'create-issue-discussion' 'create-issue-note' 'create-label' 'create-merge-request-discussion' 'create-merge-request-note' 'create-milestone-groups' 'create-milestone-projects' 'create-mr' 'create-pages-domain' 'create-pipeline' 'create-pipeline-schedule' 'create-pipeline-schedule-variable' 'create-project' 'create-project-for-user' 'create-project-trigger' 'create-release' 'create-repository-branch' 'create-snippet' 'create-snippet-discussion' 'create-snippet-note' 'create-snippet-projects' 'create-tag' 'create-todo-issues' 'create-todo-merge-requests' 'create-variable-groups' 'create-variable-projects' 'create-wiki-page' 'delete-application' 'delete-asana-service' 'delete-assembla-service' 'delete-atlassian-bamboo-ci-service' 'delete-award-emoji-issues' 'delete-award-emoji-issues-notes' 'delete-award-emoji-merge-requests' 'delete-award-emoji-snippets' 'delete-board-list-groups' 'delete-board-list-projects' 'delete-broadcast-message' 'delete-bugzilla-service' 'delete-buildkite-service' 'delete-campfire-service' 'delete-commit-discussion-note' 'delete-custom-attribute-groups' 'delete-custom-attribute-projects' 'delete-custom-attribute-users' 'delete-custom-issue-tracker-service' 'delete-deploy-key' 'delete-drone-ci-service' 'delete-email-for-current-user' 'delete-email-for-given-user' 'delete-emails-on-push-service' 'delete-environment' 'delete-existing-file-in-repository' 'delete-existing-forked-from-relationship' 'delete-external-wiki-service' 'delete-feature' 'delete-flowdock-service' 'delete-gpg-key' 'delete-gpg-key-for-given-user' 'delete-group-milestone' 'delete-hangouts-chat-service' 'delete-hipchat-service' 'delete-irker-irc-gateway-service' 'delete-issue' 'delete-issue-discussion-note' 'delete-issue-note' 'delete-jetbrains-teamcity-ci-service' 'delete-jira-service' 'delete-kubernetes-service' 'delete-label' 'delete-mattermost-notifications-service' 'delete-mattermost-slash-command-service' 'delete-merge-request' 'delete-merge-request-discussion-note' 'delete-merge-request-note' 'delete-merged-branches' 'delete-microsoft-teams-service' 'delete-mockci-service' 'delete-packagist-service' 'delete-pages-domain' 'delete-pipeline-emails-service' 'delete-pipeline-schedule' 'delete-pipeline-schedule-variable' 'delete-pivotaltracker-service' 'delete-project-hook' 'delete-project-milestone' 'delete-prometheus-service' 'delete-pushover-service' 'delete-redmine-service' 'delete-registered-runner' 'delete-repository-branch' 'delete-shared-project-link-within-group' 'delete-slack-service' 'delete-slack-slash-command-service' 'delete-snippet' 'delete-snippet-discussion-note' 'delete-snippet-note' 'delete-snippet-projects' 'delete-ssh-key-for-current-user' 'delete-ssh-key-for-given-user' 'delete-system-hook' 'delete-tag' 'delete-wiki-page' 'deny-access-request-groups' 'deny-access-request-projects' 'details-of-group' 'disable-runner-from-project' 'download-artifact-file' 'download-artifacts-archive' 'download-snapshot-of-git-repository' 'edit-badge-of-group' 'edit-badge-of-project' 'edit-board-list-groups' 'edit-board-list-projects' 'edit-existing-environment' 'edit-existing-label' 'edit-existing-wiki-page' 'edit-issue' 'edit-member-of-group-or-project-groups' 'edit-member-of-group-or-project-projects' 'edit-milestone-groups' 'edit-milestone-projects' 'edit-pipeline-schedule' 'edit-pipeline-schedule-variable' 'edit-project' 'edit-project-hook' 'enable-deploy-key' 'enable-runner-in-project' 'erase-job' 'explore-all-public-snippets' 'export-download' 'export-status' 'for-normal-users-user' 'for-normal-users-users' 'for-user' 'fork-project' 'get-all-broadcast-messages' 'get-all-impersonation-tokens-of-user' 'get-all-issues-assigned-to-milestone-groups' 'get-all-issues-assigned-to-milestone-projects' 'get-all-merge-requests-assigned-to-milestone-groups' 'get-all-merge-requests-assigned-to-milestone-projects' 'get-all-pipeline-schedules' 'get-all-templates-of-particular-type' 'get-asana-service-settings' 'get-assembla-service-settings' 'get-atlassian-bamboo-ci-service-settings' 'get-avatar-url' 'get-award-emoji-issues' 'get-award-emoji-merge-requests' 'get-award-emoji-snippets' 'get-badge-of-group' 'get-badge-of-project' 'get-blob-from-repository' 'get-bugzilla-service-settings' 'get-buildkite-service-settings' 'get-campfire-service-settings' 'get-comments-of-commit' 'get-commit' 'get-commit-discussion' 'get-compound-response-of-all-previously-mentioned-metrics' 'get-current-application-settings' 'get-current-job-statistics' 'get-current-process-metrics' 'get-current-queue-metrics' 'get-custom-issue-tracker-service-settings' 'get-diff-of-commit' 'get-drone-ci-service-settings' 'get-emails-on-push-service-settings' 'get-external-wiki-service-settings' 'get-file-archive' 'get-file-from-repository' 'get-file-from-repository-head' 'get-flowdock-service-settings' 'get-hangouts-chat-service-settings' 'get-hipchat-service-settings' 'get-impersonation-token-of-user' 'get-irker-irc-gateway-service-settings' 'get-issue-discussion' 'get-issue-label-event' 'get-issue-note' 'get-jetbrains-teamcity-ci-service-settings' 'get-jira-service-settings' 'get-job' 'get-job-artifacts' 'get-kubernetes-service-settings' 'get-list-of-todos' 'get-mattermost-notifications-service-settings' 'get-mattermost-slash-command-service-settings' 'get-member-of-group-or-project-groups' 'get-member-of-group-or-project-projects' 'get-merge-request-discussion' 'get-merge-request-label-event' 'get-merge-request-note' 'get-microsoft-teams-service-settings' 'get-milestone-groups' 'get-milestone-projects' 'get-mockci-service-settings' 'get-mr' 'get-mr-changes' 'get-mr-commits' 'get-mr-diff-version' 'get-mr-diff-versions' 'get-mr-participants' 'get-namespace-by-id' 'get-notes-award-emoji' 'get-one-template-of-particular-type' 'get-packagist-service-settings' 'get-pipeline' 'get-pipeline-emails-service-settings' 'get-pipeline-schedule' 'get-pivotaltracker-service-settings' 'get-project' 'get-project-hook' 'get-project-users' 'get-prometheus-service-settings' 'get-protected-branch-or-wildcard-protected-branch' 'get-protected-tag-or-wildcard-protected-tag' 'get-pushover-service-settings' 'get-raw-file-from-repository' 'get-redmine-service-settings' 'get-references-commit-is-pushed-to' 'get-repository-branch' 'get-repository-tag' 'get-runners-details' 'get-slack-service-settings' 'get-slack-slash-command-service-settings' 'get-snippet-discussion' 'get-snippet-note' 'get-specific-broadcast-message' 'get-specific-deployment' 'get-specific-gpg-key' 'get-specific-gpg-key-for-given-user' 'get-ssh-key-with-user-by-id-of-ssh-key' 'get-status-of-user' 'get-time-tracking-stats-issues' 'get-time-tracking-stats-merge-requests' 'get-trace-file' 'get-trigger-details' 'get-user-activities-admin-only' 'get-user-agent-details-projects-issues' 'get-user-agent-details-projects-snippets' 'get-user-agent-details-snippets' 'get-user-contribution-events' 'get-wiki-page' 'global-notification-settings' 'global-search-api' 'group-board' 'group-project-level-notification-settings-groups' 'group-project-level-notification-settings-projects' 'group-search-api' 'import-file' 'import-status' 'keep-artifacts' 'languages' 'list-access-requests-for-group-or-project-groups' 'list-access-requests-for-group-or-project-projects' 'list-all-applications' 'list-all-badges-of-group' 'list-all-badges-of-project' 'list-all-deploy-keys' 'list-all-features' 'list-all-gpg-keys' 'list-all-gpg-keys-for-given-user' 'list-all-members-of-group-or-project-groups' 'list-all-members-of-group-or-project-including-inherited-members-groups' 'list-all-members-of-group-or-project-including-inherited-members-projects' 'list-all-members-of-group-or-project-projects' 'list-all-merge-request-notes' 'list-all-pages-domains' 'list-all-projects' 'list-all-runners' 'list-all-snippet-notes' 'list-awardables-award-emoji-issues' 'list-awardables-award-emoji-merge-requests' 'list-awardables-award-emoji-snippets' 'list-board-lists-groups' 'list-board-lists-projects' 'list-currently-authenticated-users-events' 'list-custom-attributes-groups' 'list-custom-attributes-projects' 'list-custom-attributes-users' 'list-dockerfile-templates' 'list-emails' 'list-emails-for-user' 'list-environments' 'list-forks-of-project' 'list-gitignore-templates' 'list-gitlab-ci-yml-templates' 'list-group-issues' 'list-group-merge-requests' 'list-group-milestones' 'list-group-variables' 'list-groups' 'list-groups-projects' 'list-groups-subgroups' 'list-issues' 'list-issues-that-will-close-on-merge' 'list-labels' 'list-license-templates' 'list-merge-requests' 'list-merge-requests-associated-with-commit' 'list-merge-requests-related-to-issue' 'list-merge-requests-that-will-close-issue-on-merge' 'list-mr-pipelines' 'list-namespaces' 'list-notes-award-emoji' 'list-owned-runners' 'list-pages-domains' 'list-pipeline-jobs' 'list-project-commit-discussions' 'list-project-deploy-keys' 'list-project-deployments' 'list-project-hooks' 'list-project-issue-discussions' 'list-project-issue-label-events' 'list-project-issue-notes' 'list-project-issues' 'list-project-jobs' 'list-project-merge-request-discussions' 'list-project-merge-request-label-events' 'list-project-merge-requests' 'list-project-milestones' 'list-project-pipelines' 'list-project-repository-tags' 'list-project-snippet-discussions' 'list-project-triggers' 'list-project-variables' 'list-projects-runners' 'list-projects-visible-events' 'list-protected-branches' 'list-protected-tags' 'list-repository-branches' 'list-repository-commits' 'list-repository-tree' 'list-runners-jobs' 'list-snippets' 'list-snippets-projects' 'list-ssh-keys' 'list-ssh-keys-for-user' 'list-statuses-of-commit' 'list-system-hooks' 'list-user-projects' 'list-wiki-pages' 'mark-all-todos-as-done' 'mark-todo-as-done' 'merge-base' 'modify-existing-commit-discussion-note' 'modify-existing-issue-discussion-note' 'modify-existing-issue-note' 'modify-existing-merge-request-discussion-note' 'modify-existing-merge-request-note' 'modify-existing-snippet-discussion-note' 'modify-existing-snippet-note' 'move-issue' 'new-board-list-groups' 'new-board-list-projects' 'new-group' 'new-issue' 'participants-on-issues' 'play-job' 'post-build-status-to-commit' 'post-comment-to-commit' 'preview-badge-from-group' 'preview-badge-from-project' 'project-board' 'project-search-api' 'protect-repository-branch' 'protect-repository-branches' 'protect-repository-tags' 'raw-blob-content' 'register-runner' 'remove-badge-from-group' 'remove-badge-from-project' 'remove-group' 'remove-member-from-group-or-project-groups' 'remove-member-from-group-or-project-projects' 'remove-project' 'remove-project-trigger' 'remove-runner' 'remove-variable-groups' 'remove-variable-projects' 'render-arbitrary-markdown-document' 'request-access-to-group-or-project-groups' 'request-access-to-group-or-project-projects' 'reset-spent-time-for-issue' 'reset-spent-time-for-merge-request' 'reset-time-estimate-for-issue' 'reset-time-estimate-for-merge-request' 'resolve-merge-request-discussion' 'retry-job' 'retry-jobs-in-pipeline' 'revoke-impersonation-token' 'schedule-export' 'set-custom-attribute-groups' 'set-custom-attribute-projects' 'set-custom-attribute-users' 'set-or-create-feature' 'set-time-estimate-for-issue' 'set-time-estimate-for-merge-request' 'set-user-status' 'share-project-with-group' 'show-variable-details-groups' 'show-variable-details-projects' 'single-board-groups' 'single-board-list-groups' 'single-board-list-projects' 'single-board-projects' 'single-custom-attribute-groups' 'single-custom-attribute-projects' 'single-custom-attribute-users' 'single-deploy-key' 'single-dockerfile-template' 'single-email' 'single-gitignore-template' 'single-gitlab-ci-yml-template' 'single-issue' 'single-license-template' 'single-pages-domain' 'single-snippet' 'single-snippet-projects' 'single-ssh-key' 'snippet-content' 'star-project' 'start-housekeeping-task-for-project' 'stop-environment' 'subscribe-to-issue' 'subscribe-to-label' 'subscribe-to-merge-request' 'take-ownership-of-pipeline-schedule' 'take-ownership-of-project-trigger' 'test-system-hook' 'transfer-project-to-group' 'transfer-project-to-namespace' 'unarchive-project' 'unblock-user' 'unprotect-repository-branch' 'unprotect-repository-branches' 'unprotect-repository-tags' 'unstar-project' 'unsubscribe-from-issue' 'unsubscribe-from-label' 'unsubscribe-from-merge-request' 'update-broadcast-message' 'update-deploy-key' 'update-existing-file-in-repository' 'update-global-notification-settings' 'update-group' 'update-group-project-level-notification-settings-groups' 'update-group-project-level-notification-settings-projects' 'update-mr' 'update-pages-domain' 'update-project-trigger' 'update-release' 'update-runners-details' 'update-snippet' 'update-snippet-projects' 'update-variable-groups' 'update-variable-projects' 'upload-attachment-to-wiki-repository' 'upload-file' 'user-creation' 'user-deletion' 'user-modification' 'user-status' 'validate-gitlab-ci-yml-api' 'verify-authentication-for-registered-runner' 'version-api' 'list' 'completion' 'help')

# Options before an operation, and the values of options taken as data.
_gitlab_api_globals() {
  _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout')
}

# $1 operation: its parameters (required first), then the global options it does not shadow.
_gitlab_api_operation() {
  case $1 in
    'accept-mr') _ga_flags=('--id' '--merge_request_iid' '--sha' '--merge_commit_message' '--should_remove_source_branch' '--merge_when_pipeline_succeeds' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--sha' '--merge_commit_message' '--should_remove_source_branch' '--merge_when_pipeline_succeeds' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-badge-to-group') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-badge-to-project') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-deploy-key') _ga_flags=('--id' '--title' '--key' '--can_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-email') _ga_flags=('--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-email-for-user') _ga_flags=('--id' '--email' '--skip_confirmation' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email' '--skip_confirmation' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-gpg-key') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-gpg-key-for-given-user') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-member-to-group-or-project-groups') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-member-to-group-or-project-projects') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-note-to-existing-commit-discussion') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-note-to-existing-issue-discussion') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-note-to-existing-merge-request-discussion') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-note-to-existing-snippet-discussion') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-project-hook') _ga_flags=('--id' '--url' '--push_events' '--push_events_branch_filter' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--job_events' '--pipeline_events' '--wiki_page_events' '--enable_ssl_verification' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-spent-time-for-issue') _ga_flags=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-spent-time-for-merge-request') _ga_flags=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-ssh-key') _ga_flags=('--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-ssh-key-for-user') _ga_flags=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'add-system-hook') _ga_flags=('--url' '--token' '--push_events' '--tag_push_events' '--merge_requests_events' '--repository_update_events' '--enable_ssl_verification' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'approve-access-request-groups') _ga_flags=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'approve-access-request-projects') _ga_flags=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'archive-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'award-emoji-issues') _ga_flags=('--id' '--issue_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'award-emoji-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'award-emoji-on-note') _ga_flags=('--id' '--issue_iid' '--note_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'award-emoji-snippets') _ga_flags=('--id' '--snippet_id' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--awardable_id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'block-user') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'cancel-job') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'cancel-merge-when-pipeline-succeeds') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'cancel-pipelines-jobs') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'change-application-settings') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'cherry-pick-commit') _ga_flags=('--id' '--sha' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'compare-branches-tags-or-commits') _ga_flags=('--id' '--from' '--to' '--straight' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--from' '--to' '--straight' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'contributors') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'create-application') _ga_flags=('--name' '--redirect_uri' '--scopes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--redirect_uri' '--scopes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-broadcast-message') _ga_flags=('--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-commit-discussion') _ga_flags=('--id' '--commit_id' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-commit-with-multiple-files-and-actions') _ga_flags=('--id' '--branch' '--commit_message' '--actions' '--start_branch' '--author_email' '--author_name' '--stats' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--commit_message' '--actions' '--start_branch' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-asana-service') _ga_flags=('--id' '--api_key' '--restrict_to_branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_key' '--restrict_to_branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-assembla-service') _ga_flags=('--id' '--token' '--subdomain' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--subdomain' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-atlassian-bamboo-ci-service') _ga_flags=('--id' '--bamboo_url' '--build_key' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--bamboo_url' '--build_key' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-buildkite-service-bugzilla') _ga_flags=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-buildkite-service-buildkite') _ga_flags=('--id' '--token' '--project_url' '--enable_ssl_verification' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--project_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-campfire-service') _ga_flags=('--id' '--token' '--subdomain' '--room' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--subdomain' '--room' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-custom-issue-tracker-service') _ga_flags=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--issues_url' '--project_url' '--description' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-drone-ci-service') _ga_flags=('--id' '--token' '--drone_url' '--enable_ssl_verification' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--drone_url' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-emails-on-push-service') _ga_flags=('--id' '--recipients' '--disable_diffs' '--send_from_committer_email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-external-wiki-service') _ga_flags=('--id' '--external_wiki_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--external_wiki_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-flowdock-service') _ga_flags=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-hangouts-chat-service') _ga_flags=('--id' '--webhook' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-hipchat-service') _ga_flags=('--id' '--token' '--color' '--notify' '--room' '--api_version' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--color' '--room' '--api_version' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-irker-irc-gateway-service') _ga_flags=('--id' '--recipients' '--default_irc_uri' '--server_host' '--server_port' '--colorize_messages' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--default_irc_uri' '--server_host' '--server_port' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-jetbrains-teamcity-ci-service') _ga_flags=('--id' '--teamcity_url' '--build_type' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--teamcity_url' '--build_type' '--username' '--password' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-jira-service') _ga_flags=('--id' '--url' '--project_key' '--username' '--password' '--jira_issue_transition_id' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--project_key' '--username' '--password' '--jira_issue_transition_id' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-kubernetes-service') _ga_flags=('--id' '--namespace' '--api_url' '--token' '--ca_pem' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--api_url' '--token' '--ca_pem' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-mattermost-notifications-service') _ga_flags=('--id' '--webhook' '--username' '--channel' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-mattermost-slash-command-service') _ga_flags=('--id' '--token' '--username' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--username' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-microsoft-teams-service') _ga_flags=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-mockci-service') _ga_flags=('--id' '--mock_service_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--mock_service_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-packagist-service') _ga_flags=('--id' '--username' '--token' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--username' '--token' '--server' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-pipeline-emails-service') _ga_flags=('--id' '--recipients' '--add_pusher' '--notify_only_broken_pipelines' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--recipients' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-pivotaltracker-service') _ga_flags=('--id' '--token' '--restrict_to_branch' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-prometheus-service') _ga_flags=('--id' '--api_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-pushover-service') _ga_flags=('--id' '--api_key' '--user_key' '--priority' '--device' '--sound' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--api_key' '--user_key' '--priority' '--device' '--sound' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-redmine-service') _ga_flags=('--id' '--new_issue_url' '--project_url' '--issues_url' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--new_issue_url' '--project_url' '--issues_url' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-slack-service') _ga_flags=('--id' '--webhook' '--username' '--channel' '--notify_only_broken_pipelines' '--notify_only_default_branch' '--push_events' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--pipeline_events' '--wiki_page_events' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--webhook' '--username' '--channel' '--push_channel' '--issue_channel' '--confidential_issue_channel' '--merge_request_channel' '--note_channel' '--tag_push_channel' '--pipeline_channel' '--wiki_page_channel' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-edit-slack-slash-command-service') _ga_flags=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-environment') _ga_flags=('--id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-file-in-repository') _ga_flags=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-forked-from-to-relation-between-existing-projects') _ga_flags=('--id' '--forked_from_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--forked_from_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-impersonation-token') _ga_flags=('--user_id' '--name' '--scopes' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--name' '--scopes' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-issue-discussion') _ga_flags=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-issue-note') _ga_flags=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-label') _ga_flags=('--id' '--name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-merge-request-discussion') _ga_flags=('--id' '--merge_request_iid' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--body' '--position' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-merge-request-note') _ga_flags=('--id' '--merge_request_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-milestone-groups') _ga_flags=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-milestone-projects') _ga_flags=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--description' '--due_date' '--start_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-mr') _ga_flags=('--id' '--source_branch' '--target_branch' '--title' '--assignee_id' '--description' '--target_project_id' '--labels' '--milestone_id' '--remove_source_branch' '--allow_collaboration' '--allow_maintainer_to_push' '--squash' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--source_branch' '--target_branch' '--title' '--assignee_id' '--description' '--target_project_id' '--labels' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-pages-domain') _ga_flags=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-pipeline') _ga_flags=('--id' '--ref' '--variables' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref' '--variables' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-pipeline-schedule') _ga_flags=('--id' '--description' '--ref' '--cron' '--cron_timezone' '--active' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-pipeline-schedule-variable') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-project') _ga_flags=('--name' '--path' '--namespace_id' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--printing_merge_request_link_enabled' '--ci_config_path' '--initialize_with_readme' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--path' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-project-for-user') _ga_flags=('--user_id' '--name' '--path' '--default_branch' '--namespace_id' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--printing_merge_request_link_enabled' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--name' '--path' '--default_branch' '--namespace_id' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-project-trigger') _ga_flags=('--id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-release') _ga_flags=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-repository-branch') _ga_flags=('--id' '--branch' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-snippet') _ga_flags=('--title' '--file_name' '--content' '--description' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--title' '--file_name' '--content' '--description' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-snippet-discussion') _ga_flags=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-snippet-note') _ga_flags=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--body' '--created_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-snippet-projects') _ga_flags=('--id' '--title' '--file_name' '--code' '--visibility' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--file_name' '--code' '--visibility' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-tag') _ga_flags=('--id' '--tag_name' '--ref' '--message' '--release_description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--ref' '--message' '--release_description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-todo-issues') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-todo-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-variable-groups') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-variable-projects') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'create-wiki-page') _ga_flags=('--id' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'delete-application') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-asana-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-assembla-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-atlassian-bamboo-ci-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-award-emoji-issues') _ga_flags=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-award-emoji-issues-notes') _ga_flags=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-award-emoji-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-award-emoji-snippets') _ga_flags=('--id' '--snippet_id' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--award_id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-board-list-groups') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-board-list-projects') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-broadcast-message') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-bugzilla-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-buildkite-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-campfire-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-commit-discussion-note') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-custom-attribute-groups') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-custom-attribute-projects') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-custom-attribute-users') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-custom-issue-tracker-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-deploy-key') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-drone-ci-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-email-for-current-user') _ga_flags=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-email-for-given-user') _ga_flags=('--id' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-emails-on-push-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-environment') _ga_flags=('--id' '--environments_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environments_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-existing-file-in-repository') _ga_flags=('--id' '--file_path' '--branch' '--commit_message' '--start_branch' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--commit_message' '--start_branch' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-existing-forked-from-relationship') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-external-wiki-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-feature') _ga_flags=('--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-flowdock-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-gpg-key') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-gpg-key-for-given-user') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-group-milestone') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-hangouts-chat-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-hipchat-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-irker-irc-gateway-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-issue-discussion-note') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-issue-note') _ga_flags=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-jetbrains-teamcity-ci-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-jira-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-kubernetes-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-label') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-mattermost-notifications-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-mattermost-slash-command-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-merge-request') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-merge-request-discussion-note') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-merge-request-note') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-merged-branches') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-microsoft-teams-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-mockci-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-packagist-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pages-domain') _ga_flags=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pipeline-emails-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pipeline-schedule') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pipeline-schedule-variable') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pivotaltracker-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-project-hook') _ga_flags=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-project-milestone') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-prometheus-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-pushover-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-redmine-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-registered-runner') _ga_flags=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-repository-branch') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-shared-project-link-within-group') _ga_flags=('--id' '--group_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--group_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-slack-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-slack-slash-command-service') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-snippet') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-snippet-discussion-note') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-snippet-note') _ga_flags=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-snippet-projects') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-ssh-key-for-current-user') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-ssh-key-for-given-user') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-system-hook') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-tag') _ga_flags=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'delete-wiki-page') _ga_flags=('--id' '--slug' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'deny-access-request-groups') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'deny-access-request-projects') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'details-of-group') _ga_flags=('--id' '--with_custom_attributes' '--with_projects' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'disable-runner-from-project') _ga_flags=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'download-artifact-file') _ga_flags=('--id' '--job_id' '--artifact_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--artifact_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'download-artifacts-archive') _ga_flags=('--id' '--ref_name' '--job' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref_name' '--job' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'download-snapshot-of-git-repository') _ga_flags=('--id' '--wiki' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'edit-badge-of-group') _ga_flags=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-badge-of-project') _ga_flags=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-board-list-groups') _ga_flags=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-board-list-projects') _ga_flags=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--position' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-existing-environment') _ga_flags=('--id' '--environments_id' '--environment_id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environments_id' '--environment_id' '--name' '--external_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-existing-label') _ga_flags=('--id' '--name' '--new_name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--new_name' '--color' '--description' '--priority' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-existing-wiki-page') _ga_flags=('--id' '--slug' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--content' '--title' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-issue') _ga_flags=('--id' '--issue_iid' '--title' '--description' '--confidential' '--assignee_ids' '--milestone_id' '--labels' '--state_event' '--updated_at' '--due_date' '--discussion_locked' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--title' '--description' '--assignee_ids' '--milestone_id' '--labels' '--state_event' '--updated_at' '--due_date' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-member-of-group-or-project-groups') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-member-of-group-or-project-projects') _ga_flags=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--access_level' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-milestone-groups') _ga_flags=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-milestone-projects') _ga_flags=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--title' '--description' '--due_date' '--start_date' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-pipeline-schedule') _ga_flags=('--id' '--pipeline_schedule_id' '--description' '--ref' '--cron' '--cron_timezone' '--active' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--description' '--ref' '--cron' '--cron_timezone' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-pipeline-schedule-variable') _ga_flags=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-project') _ga_flags=('--id' '--name' '--path' '--default_branch' '--description' '--issues_enabled' '--merge_requests_enabled' '--jobs_enabled' '--wiki_enabled' '--snippets_enabled' '--resolve_outdated_diff_discussions' '--container_registry_enabled' '--shared_runners_enabled' '--visibility' '--import_url' '--public_jobs' '--only_allow_merge_if_pipeline_succeeds' '--only_allow_merge_if_all_discussions_are_resolved' '--merge_method' '--lfs_enabled' '--request_access_enabled' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--path' '--default_branch' '--description' '--visibility' '--import_url' '--merge_method' '--tag_list' '--avatar' '--ci_config_path' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'edit-project-hook') _ga_flags=('--id' '--hook_id' '--url' '--push_events' '--push_events_branch_filter' '--issues_events' '--confidential_issues_events' '--merge_requests_events' '--tag_push_events' '--note_events' '--job_events' '--pipeline_events' '--wiki_events' '--enable_ssl_verification' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--push_events_branch_filter' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'enable-deploy-key') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'enable-runner-in-project') _ga_flags=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--runner_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'erase-job') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'explore-all-public-snippets') _ga_flags=('--per_page' '--page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--per_page' '--page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'export-download') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'export-status') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'for-normal-users-user') _ga_flags=('--sudo' '--url' '--token' '--oauth-token' '--job-token' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--sudo' '--url' '--token' '--oauth-token' '--job-token' '--config' '--output' '--max-pages' '--timeout') ;;
    'for-normal-users-users') _ga_flags=('--search' '--order_by' '--sort' '--two_factor' '--external' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--search' '--order_by' '--sort' '--two_factor' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'for-user') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'fork-project') _ga_flags=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'get-all-broadcast-messages') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-impersonation-tokens-of-user') _ga_flags=('--user_id' '--state' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--state' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-issues-assigned-to-milestone-groups') _ga_flags=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-issues-assigned-to-milestone-projects') _ga_flags=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-merge-requests-assigned-to-milestone-groups') _ga_flags=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-merge-requests-assigned-to-milestone-projects') _ga_flags=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-pipeline-schedules') _ga_flags=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-all-templates-of-particular-type') _ga_flags=('--id' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-asana-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-assembla-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-atlassian-bamboo-ci-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-avatar-url') _ga_flags=('--email' '--size' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--size' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-award-emoji-issues') _ga_flags=('--id' '--issue_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-award-emoji-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-award-emoji-snippets') _ga_flags=('--id' '--snippet_id' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--award_id' '--awardable_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-badge-of-group') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-badge-of-project') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-blob-from-repository') _ga_flags=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-bugzilla-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-buildkite-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-campfire-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-comments-of-commit') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-commit') _ga_flags=('--id' '--sha' '--stats' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-commit-discussion') _ga_flags=('--id' '--commit_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-compound-response-of-all-previously-mentioned-metrics') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-current-application-settings') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-current-job-statistics') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-current-process-metrics') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-current-queue-metrics') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-custom-issue-tracker-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-diff-of-commit') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-drone-ci-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-emails-on-push-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-external-wiki-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-file-archive') _ga_flags=('--id' '--sha' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--format' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-file-from-repository') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-file-from-repository-head') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-flowdock-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-hangouts-chat-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-hipchat-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-impersonation-token-of-user') _ga_flags=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-irker-irc-gateway-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-issue-discussion') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-issue-label-event') _ga_flags=('--id' '--issue_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-issue-note') _ga_flags=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-jetbrains-teamcity-ci-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-jira-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-job') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-job-artifacts') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-kubernetes-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-list-of-todos') _ga_flags=('--action' '--author_id' '--project_id' '--group_id' '--state' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--action' '--author_id' '--project_id' '--group_id' '--state' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mattermost-notifications-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mattermost-slash-command-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-member-of-group-or-project-groups') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-member-of-group-or-project-projects') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-merge-request-discussion') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-merge-request-label-event') _ga_flags=('--id' '--merge_request_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--resource_label_event_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-merge-request-note') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-microsoft-teams-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-milestone-groups') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-milestone-projects') _ga_flags=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--milestone_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mockci-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr') _ga_flags=('--id' '--merge_request_iid' '--render_html' '--include_diverged_commits_count' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--render_html' '--include_diverged_commits_count' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr-changes') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr-commits') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr-diff-version') _ga_flags=('--id' '--merge_request_iid' '--version_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--version_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr-diff-versions') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-mr-participants') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-namespace-by-id') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-notes-award-emoji') _ga_flags=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--award_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-one-template-of-particular-type') _ga_flags=('--id' '--type' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--type' '--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-packagist-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-pipeline') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-pipeline-emails-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-pipeline-schedule') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-pivotaltracker-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-project') _ga_flags=('--id' '--statistics' '--license' '--with_custom_attributes' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-project-hook') _ga_flags=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hook_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-project-users') _ga_flags=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-prometheus-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-protected-branch-or-wildcard-protected-branch') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-protected-tag-or-wildcard-protected-tag') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-pushover-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-raw-file-from-repository') _ga_flags=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--ref' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-redmine-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-references-commit-is-pushed-to') _ga_flags=('--id' '--sha' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--type' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-repository-branch') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-repository-tag') _ga_flags=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-runners-details') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-slack-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-slack-slash-command-service-settings') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-snippet-discussion') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-snippet-note') _ga_flags=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-specific-broadcast-message') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-specific-deployment') _ga_flags=('--id' '--deployment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--deployment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-specific-gpg-key') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-specific-gpg-key-for-given-user') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-ssh-key-with-user-by-id-of-ssh-key') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-status-of-user') _ga_flags=('--id_or_username' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id_or_username' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-time-tracking-stats-issues') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-time-tracking-stats-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-trace-file') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-trigger-details') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-user-activities-admin-only') _ga_flags=('--from' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--from' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-user-agent-details-projects-issues') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-user-agent-details-projects-snippets') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-user-agent-details-snippets') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-user-contribution-events') _ga_flags=('--id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'get-wiki-page') _ga_flags=('--id' '--slug' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--slug' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'global-notification-settings') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'global-search-api') _ga_flags=('--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'group-board') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'group-project-level-notification-settings-groups') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'group-project-level-notification-settings-projects') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'group-search-api') _ga_flags=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'import-file') _ga_flags=('--file' '--path' '--namespace' '--overwrite' '--override_params' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--file' '--path' '--namespace' '--override_params' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'import-status') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'keep-artifacts') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'languages') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-access-requests-for-group-or-project-groups') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-access-requests-for-group-or-project-projects') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-applications') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-badges-of-group') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-badges-of-project') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-deploy-keys') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-features') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-gpg-keys') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-gpg-keys-for-given-user') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-members-of-group-or-project-groups') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-members-of-group-or-project-including-inherited-members-groups') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-members-of-group-or-project-including-inherited-members-projects') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-members-of-group-or-project-projects') _ga_flags=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--query' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-merge-request-notes') _ga_flags=('--id' '--merge_request_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-pages-domains') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-projects') _ga_flags=('--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--wiki_checksum_failed' '--repository_checksum_failed' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-runners') _ga_flags=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-all-snippet-notes') _ga_flags=('--id' '--snippet_id' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-awardables-award-emoji-issues') _ga_flags=('--id' '--issue_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-awardables-award-emoji-merge-requests') _ga_flags=('--id' '--merge_request_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-awardables-award-emoji-snippets') _ga_flags=('--id' '--snippet_id' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--awardable_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-board-lists-groups') _ga_flags=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-board-lists-projects') _ga_flags=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-currently-authenticated-users-events') _ga_flags=('--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-custom-attributes-groups') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-custom-attributes-projects') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-custom-attributes-users') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-dockerfile-templates') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-emails') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-emails-for-user') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-environments') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-forks-of-project') _ga_flags=('--id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-gitignore-templates') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-gitlab-ci-yml-templates') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-group-issues') _ga_flags=('--id' '--state' '--labels' '--iids' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--labels' '--iids' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-group-merge-requests') _ga_flags=('--id' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-group-milestones') _ga_flags=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-group-variables') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-groups') _ga_flags=('--skip_groups' '--all_available' '--search' '--order_by' '--sort' '--statistics' '--with_custom_attributes' '--owned' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-groups-projects') _ga_flags=('--id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--starred' '--with_issues_enabled' '--with_merge_requests_enabled' '--with_custom_attributes' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--visibility' '--order_by' '--sort' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-groups-subgroups') _ga_flags=('--id' '--skip_groups' '--all_available' '--search' '--order_by' '--sort' '--statistics' '--with_custom_attributes' '--owned' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--skip_groups' '--search' '--order_by' '--sort' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-issues') _ga_flags=('--scope' '--state' '--labels' '--milestone' '--author_id' '--assignee_id' '--my_reaction_emoji' '--iids' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--state' '--labels' '--milestone' '--author_id' '--assignee_id' '--my_reaction_emoji' '--iids' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-issues-that-will-close-on-merge') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-labels') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-license-templates') _ga_flags=('--popular' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-merge-requests') _ga_flags=('--scope' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--wip' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--state' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--wip' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-merge-requests-associated-with-commit') _ga_flags=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-merge-requests-related-to-issue') _ga_flags=('--id' '--issue_id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-merge-requests-that-will-close-issue-on-merge') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-mr-pipelines') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-namespaces') _ga_flags=('--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-notes-award-emoji') _ga_flags=('--id' '--issue_iid' '--note_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-owned-runners') _ga_flags=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-pages-domains') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-pipeline-jobs') _ga_flags=('--id' '--pipeline_id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-commit-discussions') _ga_flags=('--id' '--commit_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-deploy-keys') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-deployments') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-hooks') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-issue-discussions') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-issue-label-events') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-issue-notes') _ga_flags=('--id' '--issue_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--sort' '--order_by' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-issues') _ga_flags=('--id' '--iids' '--state' '--labels' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--labels' '--milestone' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--order_by' '--sort' '--search' '--created_after' '--created_before' '--updated_after' '--updated_before' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-jobs') _ga_flags=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-merge-request-discussions') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-merge-request-label-events') _ga_flags=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-merge-requests') _ga_flags=('--id' '--state' '--iids' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--state' '--iids' '--order_by' '--sort' '--milestone' '--view' '--labels' '--created_after' '--created_before' '--updated_after' '--updated_before' '--scope' '--author_id' '--assignee_id' '--my_reaction_emoji' '--source_branch' '--target_branch' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-milestones') _ga_flags=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--iids' '--state' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-pipelines') _ga_flags=('--id' '--scope' '--status' '--ref' '--sha' '--yaml_errors' '--name' '--username' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--status' '--ref' '--sha' '--name' '--username' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-repository-tags') _ga_flags=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--order_by' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-snippet-discussions') _ga_flags=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-triggers') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-project-variables') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-projects-runners') _ga_flags=('--id' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--type' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-projects-visible-events') _ga_flags=('--project_id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--project_id' '--action' '--target_type' '--before' '--after' '--sort' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-protected-branches') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-protected-tags') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-repository-branches') _ga_flags=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-repository-commits') _ga_flags=('--id' '--ref_name' '--since' '--until' '--path' '--all' '--with_stats' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--ref_name' '--since' '--until' '--path' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-repository-tree') _ga_flags=('--id' '--path' '--ref' '--recursive' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--path' '--ref' '--recursive' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-runners-jobs') _ga_flags=('--id' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--status' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-snippets') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-snippets-projects') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-ssh-keys') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-ssh-keys-for-user') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-statuses-of-commit') _ga_flags=('--id' '--sha' '--ref' '--stage' '--name' '--all' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--ref' '--stage' '--name' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-system-hooks') _ga_flags=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-user-projects') _ga_flags=('--user_id' '--archived' '--visibility' '--order_by' '--sort' '--search' '--simple' '--owned' '--membership' '--starred' '--statistics' '--with_custom_attributes' '--with_issues_enabled' '--with_merge_requests_enabled' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--visibility' '--order_by' '--sort' '--search' '--min_access_level' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'list-wiki-pages') _ga_flags=('--id' '--with_content' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'mark-all-todos-as-done') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'mark-todo-as-done') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'merge-base') _ga_flags=('--id' '--refs' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--refs' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'modify-existing-commit-discussion-note') _ga_flags=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--commit_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-issue-discussion-note') _ga_flags=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-issue-note') _ga_flags=('--id' '--issue_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-merge-request-discussion-note') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--resolved' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-merge-request-note') _ga_flags=('--id' '--merge_request_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-snippet-discussion-note') _ga_flags=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--discussion_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'modify-existing-snippet-note') _ga_flags=('--id' '--snippet_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--note_id' '--body' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'move-issue') _ga_flags=('--id' '--issue_iid' '--to_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--to_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'new-board-list-groups') _ga_flags=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'new-board-list-projects') _ga_flags=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'new-group') _ga_flags=('--name' '--path' '--description' '--visibility' '--lfs_enabled' '--request_access_enabled' '--parent_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--path' '--description' '--visibility' '--parent_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'new-issue') _ga_flags=('--id' '--title' '--iid' '--description' '--confidential' '--assignee_ids' '--milestone_id' '--labels' '--created_at' '--due_date' '--merge_request_to_resolve_discussions_of' '--discussion_to_resolve' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--iid' '--description' '--assignee_ids' '--milestone_id' '--labels' '--created_at' '--due_date' '--merge_request_to_resolve_discussions_of' '--discussion_to_resolve' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'participants-on-issues') _ga_flags=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'play-job') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'post-build-status-to-commit') _ga_flags=('--id' '--sha' '--state' '--ref' '--name' '--context' '--target_url' '--description' '--coverage' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--state' '--ref' '--name' '--context' '--target_url' '--description' '--coverage' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'post-comment-to-commit') _ga_flags=('--id' '--sha' '--note' '--path' '--line' '--line_type' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--note' '--path' '--line' '--line_type' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'preview-badge-from-group') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'preview-badge-from-project') _ga_flags=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--link_url' '--image_url' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'project-board') _ga_flags=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'project-search-api') _ga_flags=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--scope' '--search' '--page' '--per_page' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'protect-repository-branch') _ga_flags=('--id' '--branch' '--developers_can_push' '--developers_can_merge' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'protect-repository-branches') _ga_flags=('--id' '--name' '--push_access_level' '--merge_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--push_access_level' '--merge_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'protect-repository-tags') _ga_flags=('--id' '--name' '--create_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--create_access_level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'raw-blob-content') _ga_flags=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--sha' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'register-runner') _ga_flags=('--token' '--description' '--info' '--active' '--locked' '--run_untagged' '--tag_list' '--maximum_timeout' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--description' '--info' '--tag_list' '--maximum_timeout' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'remove-badge-from-group') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-badge-from-project') _ga_flags=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--badge_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-group') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-member-from-group-or-project-groups') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-member-from-group-or-project-projects') _ga_flags=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--user_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-project-trigger') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-runner') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-variable-groups') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'remove-variable-projects') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'render-arbitrary-markdown-document') _ga_flags=('--text' '--gfm' '--project' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--text' '--project' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'request-access-to-group-or-project-groups') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'request-access-to-group-or-project-projects') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'reset-spent-time-for-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'reset-spent-time-for-merge-request') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'reset-time-estimate-for-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'reset-time-estimate-for-merge-request') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'resolve-merge-request-discussion') _ga_flags=('--id' '--merge_request_iid' '--discussion_id' '--resolved' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--discussion_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'retry-job') _ga_flags=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--job_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'retry-jobs-in-pipeline') _ga_flags=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'revoke-impersonation-token') _ga_flags=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--user_id' '--impersonation_token_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'schedule-export') _ga_flags=('--id' '--upload' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--upload' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-custom-attribute-groups') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-custom-attribute-projects') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-custom-attribute-users') _ga_flags=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-or-create-feature') _ga_flags=('--name' '--value' '--feature_group' '--user' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--name' '--value' '--feature_group' '--user' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-time-estimate-for-issue') _ga_flags=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-time-estimate-for-merge-request') _ga_flags=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--duration' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'set-user-status') _ga_flags=('--emoji' '--message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--emoji' '--message' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'share-project-with-group') _ga_flags=('--id' '--group_id' '--group_access' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--group_id' '--group_access' '--expires_at' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'show-variable-details-groups') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'show-variable-details-projects') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-board-groups') _ga_flags=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-board-list-groups') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-board-list-projects') _ga_flags=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--list_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-board-projects') _ga_flags=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--board_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-custom-attribute-groups') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-custom-attribute-projects') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-custom-attribute-users') _ga_flags=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-deploy-key') _ga_flags=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-dockerfile-template') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-email') _ga_flags=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-gitignore-template') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-gitlab-ci-yml-template') _ga_flags=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-license-template') _ga_flags=('--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key' '--project' '--fullname' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-pages-domain') _ga_flags=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-snippet') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-snippet-projects') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'single-ssh-key') _ga_flags=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--key_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'snippet-content') _ga_flags=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'star-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'start-housekeeping-task-for-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'stop-environment') _ga_flags=('--id' '--environment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--environment_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'subscribe-to-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'subscribe-to-label') _ga_flags=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'subscribe-to-merge-request') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'take-ownership-of-pipeline-schedule') _ga_flags=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--pipeline_schedule_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'take-ownership-of-project-trigger') _ga_flags=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'test-system-hook') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'transfer-project-to-group') _ga_flags=('--id' '--project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'transfer-project-to-namespace') _ga_flags=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--namespace' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unarchive-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unblock-user') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unprotect-repository-branch') _ga_flags=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unprotect-repository-branches') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'unprotect-repository-tags') _ga_flags=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'unstar-project') _ga_flags=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unsubscribe-from-issue') _ga_flags=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--issue_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unsubscribe-from-label') _ga_flags=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--label_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'unsubscribe-from-merge-request') _ga_flags=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-broadcast-message') _ga_flags=('--id' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--message' '--starts_at' '--ends_at' '--color' '--font' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-deploy-key') _ga_flags=('--id' '--key_id' '--title' '--can_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key_id' '--title' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-existing-file-in-repository') _ga_flags=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file_path' '--branch' '--content' '--commit_message' '--start_branch' '--encoding' '--author_email' '--author_name' '--last_commit_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-global-notification-settings') _ga_flags=('--level' '--notification_email' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--level' '--notification_email' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-group') _ga_flags=('--id' '--name' '--path' '--description' '--visibility' '--lfs_enabled' '--request_access_enabled' '--file_template_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--name' '--path' '--description' '--visibility' '--file_template_project_id' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-group-project-level-notification-settings-groups') _ga_flags=('--id' '--level' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-group-project-level-notification-settings-projects') _ga_flags=('--id' '--level' '--new_note' '--new_issue' '--reopen_issue' '--close_issue' '--reassign_issue' '--issue_due' '--new_merge_request' '--push_to_merge_request' '--reopen_merge_request' '--close_merge_request' '--reassign_merge_request' '--merge_merge_request' '--failed_pipeline' '--success_pipeline' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--level' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-mr') _ga_flags=('--id' '--merge_request_iid' '--target_branch' '--title' '--assignee_id' '--milestone_id' '--labels' '--description' '--state_event' '--remove_source_branch' '--squash' '--discussion_locked' '--allow_collaboration' '--allow_maintainer_to_push' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--merge_request_iid' '--target_branch' '--title' '--assignee_id' '--milestone_id' '--labels' '--description' '--state_event' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-pages-domain') _ga_flags=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--domain' '--certificate' '--key' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-project-trigger') _ga_flags=('--id' '--trigger_id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--trigger_id' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-release') _ga_flags=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--tag_name' '--description' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-runners-details') _ga_flags=('--id' '--description' '--active' '--tag_list' '--run_untagged' '--locked' '--access_level' '--maximum_timeout' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--description' '--tag_list' '--access_level' '--maximum_timeout' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-snippet') _ga_flags=('--id' '--title' '--file_name' '--description' '--content' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--title' '--file_name' '--description' '--content' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-snippet-projects') _ga_flags=('--id' '--snippet_id' '--title' '--file_name' '--description' '--code' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--snippet_id' '--title' '--file_name' '--description' '--code' '--visibility' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-variable-groups') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'update-variable-projects') _ga_flags=('--id' '--key' '--value' '--protected' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--key' '--value' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'upload-attachment-to-wiki-repository') _ga_flags=('--id' '--file' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file' '--branch' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'upload-file') _ga_flags=('--id' '--file' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--file' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'user-creation') _ga_flags=('--email' '--username' '--name' '--password' '--reset_password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_confirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--email' '--username' '--name' '--password' '--reset_password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_confirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'user-deletion') _ga_flags=('--id' '--hard_delete' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--hard_delete' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'user-modification') _ga_flags=('--id' '--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_reconfirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--id' '--email' '--username' '--name' '--password' '--skype' '--linkedin' '--twitter' '--website_url' '--organization' '--projects_limit' '--extern_uid' '--provider' '--bio' '--location' '--public_email' '--admin' '--can_create_group' '--skip_reconfirmation' '--external' '--avatar' '--private_profile' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'user-status') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    'validate-gitlab-ci-yml-api') _ga_flags=('--content' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--content' '--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'verify-authentication-for-registered-runner') _ga_flags=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--data' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--token' '--url' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--data' '--timeout') ;;
    'version-api') _ga_flags=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--include' '--paginate' '--all' '--max-pages' '--timeout' '--dry-run' '--verbose' '--help' '--version'); _ga_valued=('--url' '--token' '--oauth-token' '--job-token' '--sudo' '--config' '--output' '--max-pages' '--timeout') ;;
    *) return 1 ;;
  esac
}

# $1 operation (or empty), $2 option: sets _ga_words (values) or _ga_kind (file, data).
_gitlab_api_values() {
  case $1 in
    'accept-mr')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-badge-to-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-badge-to-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-deploy-key')
      case $2 in
        '--can_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-email')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-email-for-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-gpg-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-gpg-key-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-member-to-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-member-to-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-note-to-existing-commit-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-note-to-existing-issue-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-note-to-existing-merge-request-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-note-to-existing-snippet-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-project-hook')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--job_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-spent-time-for-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-spent-time-for-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-ssh-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-ssh-key-for-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'add-system-hook')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--repository_update_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'approve-access-request-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'approve-access-request-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'archive-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'award-emoji-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'award-emoji-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'award-emoji-on-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'award-emoji-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'block-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'cancel-job')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'cancel-merge-when-pipeline-succeeds')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'cancel-pipelines-jobs')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'change-application-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'cherry-pick-commit')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'compare-branches-tags-or-commits')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'contributors')
      case $2 in
        '--order_by') _ga_words=('name' 'email' 'commits') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'create-application')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-broadcast-message')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-commit-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-commit-with-multiple-files-and-actions')
      case $2 in
        '--stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-asana-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-assembla-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-atlassian-bamboo-ci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-buildkite-service-bugzilla')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-buildkite-service-buildkite')
      case $2 in
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-campfire-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-custom-issue-tracker-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-drone-ci-service')
      case $2 in
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-emails-on-push-service')
      case $2 in
        '--disable_diffs') _ga_words=('true' 'false') ;;
        '--send_from_committer_email') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-external-wiki-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-flowdock-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-hangouts-chat-service')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-hipchat-service')
      case $2 in
        '--notify') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-irker-irc-gateway-service')
      case $2 in
        '--colorize_messages') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-jetbrains-teamcity-ci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-jira-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-kubernetes-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-mattermost-notifications-service')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-mattermost-slash-command-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-microsoft-teams-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-mockci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-packagist-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-pipeline-emails-service')
      case $2 in
        '--add_pusher') _ga_words=('true' 'false') ;;
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-pivotaltracker-service')
      case $2 in
        '--restrict_to_branch') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-prometheus-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-pushover-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-redmine-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-slack-service')
      case $2 in
        '--notify_only_broken_pipelines') _ga_words=('true' 'false') ;;
        '--notify_only_default_branch') _ga_words=('true' 'false') ;;
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_page_events') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-edit-slack-slash-command-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-environment')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-file-in-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-forked-from-to-relation-between-existing-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-impersonation-token')
      case $2 in
        '--scopes') _ga_words=('api' 'read_user') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-issue-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-issue-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-label')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-merge-request-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-merge-request-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-milestone-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-milestone-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-mr')
      case $2 in
        '--remove_source_branch') _ga_words=('true' 'false') ;;
        '--allow_collaboration') _ga_words=('true' 'false') ;;
        '--allow_maintainer_to_push') _ga_words=('true' 'false') ;;
        '--squash') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-pages-domain')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-pipeline')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-pipeline-schedule')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-pipeline-schedule-variable')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-project')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--printing_merge_request_link_enabled') _ga_words=('true' 'false') ;;
        '--initialize_with_readme') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-project-for-user')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--printing_merge_request_link_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-project-trigger')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-release')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-repository-branch')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-snippet')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-snippet-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-snippet-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-snippet-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-tag')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-todo-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-todo-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-variable-groups')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-variable-projects')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'create-wiki-page')
      case $2 in
        '--format') _ga_words=('markdown' 'rdoc' 'asciidoc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'delete-application')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-asana-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-assembla-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-atlassian-bamboo-ci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-award-emoji-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-award-emoji-issues-notes')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-award-emoji-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-award-emoji-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-board-list-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-board-list-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-broadcast-message')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-bugzilla-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-buildkite-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-campfire-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-commit-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-custom-attribute-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-custom-attribute-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-custom-attribute-users')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-custom-issue-tracker-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-deploy-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-drone-ci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-email-for-current-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-email-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-emails-on-push-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-environment')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-existing-file-in-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-existing-forked-from-relationship')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-external-wiki-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-feature')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-flowdock-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-gpg-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-gpg-key-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-group-milestone')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-hangouts-chat-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-hipchat-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-irker-irc-gateway-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-issue-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-issue-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-jetbrains-teamcity-ci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-jira-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-kubernetes-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-label')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-mattermost-notifications-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-mattermost-slash-command-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-merge-request-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-merge-request-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-merged-branches')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-microsoft-teams-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-mockci-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-packagist-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pages-domain')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pipeline-emails-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pipeline-schedule')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pipeline-schedule-variable')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pivotaltracker-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-project-hook')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-project-milestone')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-prometheus-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-pushover-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-redmine-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-registered-runner')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-repository-branch')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-shared-project-link-within-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-slack-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-slack-slash-command-service')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-snippet')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-snippet-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-snippet-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-snippet-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-ssh-key-for-current-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-ssh-key-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-system-hook')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-tag')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'delete-wiki-page')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'deny-access-request-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'deny-access-request-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'details-of-group')
      case $2 in
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_projects') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'disable-runner-from-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'download-artifact-file')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'download-artifacts-archive')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'download-snapshot-of-git-repository')
      case $2 in
        '--wiki') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'edit-badge-of-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-badge-of-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-board-list-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-board-list-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-existing-environment')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-existing-label')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-existing-wiki-page')
      case $2 in
        '--format') _ga_words=('markdown' 'rdoc' 'asciidoc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-issue')
      case $2 in
        '--confidential') _ga_words=('true' 'false') ;;
        '--discussion_locked') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-member-of-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-member-of-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-milestone-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-milestone-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-pipeline-schedule')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-pipeline-schedule-variable')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-project')
      case $2 in
        '--issues_enabled') _ga_words=('true' 'false') ;;
        '--merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--jobs_enabled') _ga_words=('true' 'false') ;;
        '--wiki_enabled') _ga_words=('true' 'false') ;;
        '--snippets_enabled') _ga_words=('true' 'false') ;;
        '--resolve_outdated_diff_discussions') _ga_words=('true' 'false') ;;
        '--container_registry_enabled') _ga_words=('true' 'false') ;;
        '--shared_runners_enabled') _ga_words=('true' 'false') ;;
        '--public_jobs') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_pipeline_succeeds') _ga_words=('true' 'false') ;;
        '--only_allow_merge_if_all_discussions_are_resolved') _ga_words=('true' 'false') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'edit-project-hook')
      case $2 in
        '--push_events') _ga_words=('true' 'false') ;;
        '--issues_events') _ga_words=('true' 'false') ;;
        '--confidential_issues_events') _ga_words=('true' 'false') ;;
        '--merge_requests_events') _ga_words=('true' 'false') ;;
        '--tag_push_events') _ga_words=('true' 'false') ;;
        '--note_events') _ga_words=('true' 'false') ;;
        '--job_events') _ga_words=('true' 'false') ;;
        '--pipeline_events') _ga_words=('true' 'false') ;;
        '--wiki_events') _ga_words=('true' 'false') ;;
        '--enable_ssl_verification') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'enable-deploy-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'enable-runner-in-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'erase-job')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'explore-all-public-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'export-download')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'export-status')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'for-normal-users-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'for-normal-users-users')
      case $2 in
        '--order_by') _ga_words=('id' 'name' 'username' 'created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--two_factor') _ga_words=('enabled' 'disabled') ;;
        '--external') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'for-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'fork-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'get-all-broadcast-messages')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-impersonation-tokens-of-user')
      case $2 in
        '--state') _ga_words=('all' 'active' 'inactive') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-issues-assigned-to-milestone-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-issues-assigned-to-milestone-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-merge-requests-assigned-to-milestone-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-merge-requests-assigned-to-milestone-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-pipeline-schedules')
      case $2 in
        '--scope') _ga_words=('active' 'inactive') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-all-templates-of-particular-type')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-asana-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-assembla-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-atlassian-bamboo-ci-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-avatar-url')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-award-emoji-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-award-emoji-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-award-emoji-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-badge-of-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-badge-of-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-blob-from-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-bugzilla-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-buildkite-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-campfire-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-comments-of-commit')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-commit')
      case $2 in
        '--stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-commit-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-compound-response-of-all-previously-mentioned-metrics')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-current-application-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-current-job-statistics')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-current-process-metrics')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-current-queue-metrics')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-custom-issue-tracker-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-diff-of-commit')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-drone-ci-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-emails-on-push-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-external-wiki-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-file-archive')
      case $2 in
        '--format') _ga_words=('tar.gz' 'tar.bz2' 'tbz' 'tbz2' 'tb2' 'bz2' 'tar' 'zip') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-file-from-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-file-from-repository-head')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-flowdock-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-hangouts-chat-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-hipchat-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-impersonation-token-of-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-irker-irc-gateway-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-issue-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-issue-label-event')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-issue-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-jetbrains-teamcity-ci-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-jira-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-job')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-job-artifacts')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-kubernetes-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-list-of-todos')
      case $2 in
        '--action') _ga_words=('assigned' 'mentioned' 'build_failed' 'marked' 'approval_required' 'unmergeable' 'directly_addressed') ;;
        '--state') _ga_words=('pending' 'done') ;;
        '--type') _ga_words=('Issue' 'MergeRequest') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mattermost-notifications-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mattermost-slash-command-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-member-of-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-member-of-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-merge-request-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-merge-request-label-event')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-merge-request-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-microsoft-teams-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-milestone-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-milestone-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mockci-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr-changes')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr-commits')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr-diff-version')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr-diff-versions')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-mr-participants')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-namespace-by-id')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-notes-award-emoji')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-one-template-of-particular-type')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-packagist-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-pipeline')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-pipeline-emails-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-pipeline-schedule')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-pivotaltracker-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-project')
      case $2 in
        '--statistics') _ga_words=('true' 'false') ;;
        '--license') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-project-hook')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-project-users')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-prometheus-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-protected-branch-or-wildcard-protected-branch')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-protected-tag-or-wildcard-protected-tag')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-pushover-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-raw-file-from-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-redmine-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-references-commit-is-pushed-to')
      case $2 in
        '--type') _ga_words=('branch' 'tag' 'all') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-repository-branch')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-repository-tag')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-runners-details')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-slack-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-slack-slash-command-service-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-snippet-discussion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-snippet-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-specific-broadcast-message')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-specific-deployment')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-specific-gpg-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-specific-gpg-key-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-ssh-key-with-user-by-id-of-ssh-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-status-of-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-time-tracking-stats-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-time-tracking-stats-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-trace-file')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-trigger-details')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-user-activities-admin-only')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-user-agent-details-projects-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-user-agent-details-projects-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-user-agent-details-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-user-contribution-events')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'get-wiki-page')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'global-notification-settings')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'global-search-api')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'group-board')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'group-project-level-notification-settings-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'group-project-level-notification-settings-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'group-search-api')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'import-file')
      case $2 in
        '--file') _ga_kind=file ;;
        '--overwrite') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'import-status')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'keep-artifacts')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'languages')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-access-requests-for-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-access-requests-for-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-applications')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-badges-of-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-badges-of-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-deploy-keys')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-features')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-gpg-keys')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-gpg-keys-for-given-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-members-of-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-members-of-group-or-project-including-inherited-members-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-members-of-group-or-project-including-inherited-members-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-members-of-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-merge-request-notes')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-pages-domains')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-projects')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--wiki_checksum_failed') _ga_words=('true' 'false') ;;
        '--repository_checksum_failed') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-runners')
      case $2 in
        '--scope') _ga_words=('specific' 'shared' 'active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-all-snippet-notes')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-awardables-award-emoji-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-awardables-award-emoji-merge-requests')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-awardables-award-emoji-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-board-lists-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-board-lists-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-currently-authenticated-users-events')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-custom-attributes-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-custom-attributes-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-custom-attributes-users')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-dockerfile-templates')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-emails')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-emails-for-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-environments')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-forks-of-project')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-gitignore-templates')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-gitlab-ci-yml-templates')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-group-issues')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-group-merge-requests')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-group-milestones')
      case $2 in
        '--state') _ga_words=('active' 'closed') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-group-variables')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-groups')
      case $2 in
        '--all_available') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('name' 'path' 'id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-groups-projects')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-groups-subgroups')
      case $2 in
        '--all_available') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('name' 'path' 'id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-issues')
      case $2 in
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-issues-that-will-close-on-merge')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-labels')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-license-templates')
      case $2 in
        '--popular') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-merge-requests')
      case $2 in
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-merge-requests-associated-with-commit')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-merge-requests-related-to-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-merge-requests-that-will-close-issue-on-merge')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-mr-pipelines')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-namespaces')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-notes-award-emoji')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-owned-runners')
      case $2 in
        '--scope') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-pages-domains')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-pipeline-jobs')
      case $2 in
        '--scope') _ga_words=('created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-commit-discussions')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-deploy-keys')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-deployments')
      case $2 in
        '--order_by') _ga_words=('id' 'iid' 'created_at' 'ref') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-hooks')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-issue-discussions')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-issue-label-events')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-issue-notes')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-issues')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-jobs')
      case $2 in
        '--scope') _ga_words=('created' 'pending' 'running' 'failed' 'success' 'canceled' 'skipped' 'manual') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-merge-request-discussions')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-merge-request-label-events')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-merge-requests')
      case $2 in
        '--state') _ga_words=('all' 'opened' 'closed' 'locked' 'merged') ;;
        '--order_by') _ga_words=('created_at' 'updated_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--scope') _ga_words=('created_by_me' 'assigned_to_me' 'all') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-milestones')
      case $2 in
        '--state') _ga_words=('active' 'closed') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-pipelines')
      case $2 in
        '--scope') _ga_words=('running' 'pending' 'finished' 'branches' 'tags') ;;
        '--status') _ga_words=('running' 'pending' 'success' 'failed' 'canceled' 'skipped') ;;
        '--yaml_errors') _ga_words=('true' 'false') ;;
        '--order_by') _ga_words=('id' 'status' 'ref' 'user_id') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-repository-tags')
      case $2 in
        '--order_by') _ga_words=('name' 'updated') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-snippet-discussions')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-triggers')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-project-variables')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-projects-runners')
      case $2 in
        '--scope') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--type') _ga_words=('instance_type' 'group_type' 'project_type') ;;
        '--status') _ga_words=('active' 'paused' 'online' 'offline') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-projects-visible-events')
      case $2 in
        '--sort') _ga_words=('asc' 'desc') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-protected-branches')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-protected-tags')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-repository-branches')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-repository-commits')
      case $2 in
        '--all') _ga_words=('true' 'false') ;;
        '--with_stats') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-repository-tree')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-runners-jobs')
      case $2 in
        '--status') _ga_words=('running' 'success' 'failed' 'canceled') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-snippets')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-snippets-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-ssh-keys')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-ssh-keys-for-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-statuses-of-commit')
      case $2 in
        '--all') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-system-hooks')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-user-projects')
      case $2 in
        '--archived') _ga_words=('true' 'false') ;;
        '--visibility') _ga_words=('public' 'internal' 'private') ;;
        '--order_by') _ga_words=('id' 'name' 'path' 'created_at' 'updated_at' 'last_activity_at') ;;
        '--sort') _ga_words=('asc' 'desc') ;;
        '--simple') _ga_words=('true' 'false') ;;
        '--owned') _ga_words=('true' 'false') ;;
        '--membership') _ga_words=('true' 'false') ;;
        '--starred') _ga_words=('true' 'false') ;;
        '--statistics') _ga_words=('true' 'false') ;;
        '--with_custom_attributes') _ga_words=('true' 'false') ;;
        '--with_issues_enabled') _ga_words=('true' 'false') ;;
        '--with_merge_requests_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'list-wiki-pages')
      case $2 in
        '--with_content') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'mark-all-todos-as-done')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'mark-todo-as-done')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'merge-base')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'modify-existing-commit-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-issue-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-issue-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-merge-request-discussion-note')
      case $2 in
        '--resolved') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-merge-request-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-snippet-discussion-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'modify-existing-snippet-note')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'move-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'new-board-list-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'new-board-list-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'new-group')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'new-issue')
      case $2 in
        '--confidential') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'participants-on-issues')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'play-job')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'post-build-status-to-commit')
      case $2 in
        '--state') _ga_words=('pending' 'running' 'success' 'failed' 'canceled') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'post-comment-to-commit')
      case $2 in
        '--line_type') _ga_words=('new' 'old') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'preview-badge-from-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'preview-badge-from-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'project-board')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'project-search-api')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'protect-repository-branch')
      case $2 in
        '--developers_can_push') _ga_words=('true' 'false') ;;
        '--developers_can_merge') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'protect-repository-branches')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'protect-repository-tags')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'raw-blob-content')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'register-runner')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--locked') _ga_words=('true' 'false') ;;
        '--run_untagged') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'remove-badge-from-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-badge-from-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-member-from-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-member-from-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-project-trigger')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-runner')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-variable-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'remove-variable-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'render-arbitrary-markdown-document')
      case $2 in
        '--gfm') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'request-access-to-group-or-project-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'request-access-to-group-or-project-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'reset-spent-time-for-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'reset-spent-time-for-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'reset-time-estimate-for-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'reset-time-estimate-for-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'resolve-merge-request-discussion')
      case $2 in
        '--resolved') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'retry-job')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'retry-jobs-in-pipeline')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'revoke-impersonation-token')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'schedule-export')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-custom-attribute-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-custom-attribute-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-custom-attribute-users')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-or-create-feature')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-time-estimate-for-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-time-estimate-for-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'set-user-status')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'share-project-with-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'show-variable-details-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'show-variable-details-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-board-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-board-list-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-board-list-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-board-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-custom-attribute-groups')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-custom-attribute-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-custom-attribute-users')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-deploy-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-dockerfile-template')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-email')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-gitignore-template')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-gitlab-ci-yml-template')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-license-template')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-pages-domain')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-snippet')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-snippet-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'single-ssh-key')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'snippet-content')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'star-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'start-housekeeping-task-for-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'stop-environment')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'subscribe-to-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'subscribe-to-label')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'subscribe-to-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'take-ownership-of-pipeline-schedule')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'take-ownership-of-project-trigger')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'test-system-hook')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'transfer-project-to-group')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'transfer-project-to-namespace')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unarchive-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unblock-user')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unprotect-repository-branch')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unprotect-repository-branches')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'unprotect-repository-tags')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'unstar-project')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unsubscribe-from-issue')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unsubscribe-from-label')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'unsubscribe-from-merge-request')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-broadcast-message')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-deploy-key')
      case $2 in
        '--can_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-existing-file-in-repository')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-global-notification-settings')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-group')
      case $2 in
        '--visibility') _ga_words=('private' 'internal' 'public') ;;
        '--lfs_enabled') _ga_words=('true' 'false') ;;
        '--request_access_enabled') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-group-project-level-notification-settings-groups')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-group-project-level-notification-settings-projects')
      case $2 in
        '--new_note') _ga_words=('true' 'false') ;;
        '--new_issue') _ga_words=('true' 'false') ;;
        '--reopen_issue') _ga_words=('true' 'false') ;;
        '--close_issue') _ga_words=('true' 'false') ;;
        '--reassign_issue') _ga_words=('true' 'false') ;;
        '--issue_due') _ga_words=('true' 'false') ;;
        '--new_merge_request') _ga_words=('true' 'false') ;;
        '--push_to_merge_request') _ga_words=('true' 'false') ;;
        '--reopen_merge_request') _ga_words=('true' 'false') ;;
        '--close_merge_request') _ga_words=('true' 'false') ;;
        '--reassign_merge_request') _ga_words=('true' 'false') ;;
        '--merge_merge_request') _ga_words=('true' 'false') ;;
        '--failed_pipeline') _ga_words=('true' 'false') ;;
        '--success_pipeline') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-mr')
      case $2 in
        '--remove_source_branch') _ga_words=('true' 'false') ;;
        '--squash') _ga_words=('true' 'false') ;;
        '--discussion_locked') _ga_words=('true' 'false') ;;
        '--allow_collaboration') _ga_words=('true' 'false') ;;
        '--allow_maintainer_to_push') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-pages-domain')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-project-trigger')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-release')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-runners-details')
      case $2 in
        '--active') _ga_words=('true' 'false') ;;
        '--run_untagged') _ga_words=('true' 'false') ;;
        '--locked') _ga_words=('true' 'false') ;;
        '--access_level') _ga_words=('not_protected' 'ref_protected') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-snippet')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-snippet-projects')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-variable-groups')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'update-variable-projects')
      case $2 in
        '--protected') _ga_words=('true' 'false') ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'upload-attachment-to-wiki-repository')
      case $2 in
        '--file') _ga_kind=file ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'upload-file')
      case $2 in
        '--file') _ga_kind=file ;;
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-creation')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-deletion')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'user-modification')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'user-status')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    'validate-gitlab-ci-yml-api')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'verify-authentication-for-registered-runner')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
        '--data') _ga_kind=data ;;
      esac ;;
    'version-api')
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
    *)
      case $2 in
        '--config') _ga_kind=file ;;
        '--output') _ga_words=('json' 'ndjson' 'yaml') ;;
      esac ;;
  esac
}

# Append the words of _ga_words starting with $1 to COMPREPLY, shell-quoted where needed.
_gitlab_api_match() {
  local w q
  for w in "${_ga_words[@]}"; do
    if [[ $w == "$1"* ]]; then
      if [[ $w == *[!A-Za-z0-9_.,:@%+=/\[\]-]* ]]; then printf -v q '%q' "$w"; else q=$w; fi
      COMPREPLY+=("$q")
    fi
  done
}

_gitlab_api_files() {
  local prefix=$1 IFS=$'\n' f
  compopt -o filenames 2>/dev/null
  for f in $(compgen -f -- "$2"); do COMPREPLY+=("$prefix$f"); done
}

_gitlab_api() {
  local cur prev words cword
  if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}
  fi
  COMPREPLY=()
  compopt -o nosort 2>/dev/null
  local _ga_flags=() _ga_valued=() _ga_words=() _ga_kind= command= i w v
  # The command: the first word that is neither an option nor the value of a global option.
  _gitlab_api_globals
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    if [[ -n $command ]]; then break; fi
    if [[ $w == -* ]]; then
      for v in "${_ga_valued[@]}"; do [[ $w == "$v" ]] && ((i++)) && break; done
      continue
    fi
    command=$w
  done
  if [[ -n $command ]] && ! _gitlab_api_operation "$command"; then
    case $command in
      completion) _ga_words=(bash zsh fish); _gitlab_api_match "$cur" ;;
      help) _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur" ;;
    esac
    return 0
  fi
  # The option whose value is being completed: --opt=cur, or --opt cur (also "--opt" "=" "cur"
  # when bash-completion is absent and = splits words).
  local flag= vcur=$cur prefix=
  if [[ $cur == --*=* ]]; then
    flag=${cur%%=*}; vcur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || prefix=$flag=
  elif [[ $cur == = && ${words[cword-1]} == --* ]]; then
    flag=${words[cword-1]}; vcur=
  elif [[ $prev == = && ${words[cword-2]} == --* ]]; then
    flag=${words[cword-2]}
  elif [[ $prev == --* && $prev != *=* ]]; then
    for v in "${_ga_valued[@]}"; do [[ $prev == "$v" ]] && flag=$prev && break; done
  fi
  if [[ -n $flag ]]; then
    _gitlab_api_values "$command" "$flag"
    if [[ $_ga_kind == file ]]; then _gitlab_api_files "$prefix" "$vcur"
    elif [[ $_ga_kind == data ]]; then
      if [[ $vcur == @* ]]; then _gitlab_api_files "$prefix@" "${vcur#@}"
      else _ga_words=(- @); _gitlab_api_match "$vcur"; compopt -o nospace 2>/dev/null; fi
    else
      local n=${#COMPREPLY[@]}
      _gitlab_api_match "$vcur"
      if [[ -n $prefix ]]; then for ((i = n; i < ${#COMPREPLY[@]}; i++)); do COMPREPLY[i]=$prefix${COMPREPLY[i]}; done; fi
    fi
    return 0
  fi
  if [[ -z $command && $cur != -* ]]; then
    _ga_words=("${_gitlab_api_commands[@]}"); _gitlab_api_match "$cur"
    return 0
  fi
  if [[ -z $command || $cur == -* || -z $cur ]]; then
    _ga_words=("${_ga_flags[@]}"); _gitlab_api_match "$cur"
  fi
  return 0
}
complete -F _gitlab_api gitlab-api
